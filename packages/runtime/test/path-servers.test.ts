// An operation the spec serves apart from the API's base URL (its `server`
// fact from codegen, `servedAt`) is called there, unless the caller gave a
// `baseUrl`, which then takes every call (a mock, a proxy). A plain-http
// server never gets credentials: the call is refused before anything is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSettings, type BaseClientOptions, ConfigurationError, createApiClient, servedAt } from '../src/index.js';
import { scriptedFetch } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { startServer } from './support/server.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const answer: Parameters<typeof startServer>[0] = (_, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ id: '1' }));
};

// `main` serves the API, `elsewhere` the one operation the spec serves apart, `proxy` stands for a caller's baseUrl.
let main: Server, elsewhere: Server, proxy: Server;
beforeAll(async () => {
  [main, elsewhere, proxy] = await Promise.all([startServer(answer), startServer(answer), startServer(answer)]);
});
afterAll(() => Promise.all([main, elsewhere, proxy].map((server) => server.close())));

const credentials = [{ option: 'token', header: 'Authorization', scheme: 'Bearer', value: 'secret-token' }];
const settings = (server: string, security?: ApiSettings['security']): ApiSettings => ({
  defaultBaseUrl: main.url,
  credentials,
  operations: { 'GET /things/{id}': { server: servedAt(server), ...(security && { security }) } },
});

/** Calls the operation served apart, then one served at the base URL, and gives the URL each server received. */
async function callBoth(options: BaseClientOptions, server = `${elsewhere.url}/v2`) {
  const seen = (from: Server, since: number) => from.hits.slice(since).map(({ url, headers }) => ({ url, authorization: headers.authorization }));
  const [fromMain, fromElsewhere, fromProxy] = [main.hits.length, elsewhere.hits.length, proxy.hits.length];
  const client = createApiClient<Paths>(settings(server), { maxRetries: 0, ...options });
  await client.GET('/things/{id}', { params: { path: { id: '1' } }, throwOnError: true });
  await client.POST('/things', { body: { name: 'a' }, throwOnError: true });
  return { atMain: seen(main, fromMain), atElsewhere: seen(elsewhere, fromElsewhere), atProxy: seen(proxy, fromProxy) };
}

describe('an operation served apart from the base URL', () => {
  it('is called at its own server, with its path prefix and credentials, when no baseUrl is given', async () => {
    expect(await callBoth({})).toEqual({
      atMain: [{ url: '/things', authorization: 'Bearer secret-token' }],
      atElsewhere: [{ url: '/v2/things/1', authorization: 'Bearer secret-token' }],
      atProxy: [],
    });
  });

  it('is called at the baseUrl the caller gave, as every other operation is', async () => {
    expect(await callBoth({ baseUrl: proxy.url })).toEqual({
      atMain: [],
      atElsewhere: [],
      atProxy: [
        { url: '/things/1', authorization: 'Bearer secret-token' },
        { url: '/things', authorization: 'Bearer secret-token' },
      ],
    });
  });
});

describe('an operation served apart over plain http', () => {
  const plain = 'http://sandbox.example.com';

  it('is refused before anything is sent when its call sends credentials, naming the operation, its server and baseUrl', async () => {
    const client = createApiClient<Paths>(settings(plain), { maxRetries: 0 });
    const before = main.hits.length;
    const call = client.GET('/things/{id}', { params: { path: { id: '1' } } });
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(
      'baseUrl must be given for GET /things/{id}, whose server http://sandbox.example.com is plain http and would get its credentials (plain http is allowed only to loopback, or with `dangerouslyAllowCredentialsOverHttp: true`) (got none).',
    );
    await expect(call).rejects.toMatchObject({ option: 'baseUrl' });
    // The other operations of the client still work.
    await client.POST('/things', { body: { name: 'a' }, throwOnError: true });
    expect(main.hits.slice(before).map(({ url }) => url)).toEqual(['/things']);
  });

  it('is called at the baseUrl the caller gave', async () => {
    const { atProxy } = await callBoth({ baseUrl: proxy.url }, plain);
    expect(atProxy.map(({ url }) => url)).toEqual(['/things/1', '/things']);
  });

  it.each([
    { name: 'its call sends no credential', security: [[]] as ApiSettings['security'], options: {}, authorization: null },
    { name: 'the caller opted in with dangerouslyAllowCredentialsOverHttp', security: undefined, options: { dangerouslyAllowCredentialsOverHttp: true }, authorization: 'Bearer secret-token' },
  ])('is called there when $name', async ({ security, options, authorization }) => {
    // Nothing listens at the made-up host: the client's fetch records where the call would go.
    const fake = scriptedFetch([]);
    await createApiClient<Paths>(settings(plain, security), { ...options, fetch: fake.fetch }).GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(fake.calls.map(({ request }) => [request.url, request.headers.get('authorization')])).toEqual([['http://sandbox.example.com/things/1', authorization]]);
  });
});
