// Credentials per operation, as the spec's `security` says: an API whose
// search takes one key and whose writes take another (8x8 Directory: both in
// `x-api-key`) sends each call only its own key, lets a client hold only the
// key it needs, and refuses a call it lacks the key for before sending it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSettings, ConfigurationError, type Security } from '../src/index.js';
import { recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { startScriptedServer } from './support/server.js';

const MANAGE = 'manage-key-1111';
const SEARCH = 'search-key-2222';
// The runtime tests' GET stands for the search, their POST for a create.
const SEARCH_OP = 'GET /things/{id}';
const CREATE_OP = 'POST /things';

/** The Directory's settings: `apiKey` by default, `searchApiKey` for the search; both in `headers[1]` unless told otherwise. */
function directory(keys: { apiKey?: unknown; searchApiKey?: unknown }, headers = ['x-api-key', 'x-api-key'], search: Security = [['searchApiKey']]): ApiSettings {
  return {
    credentials: [
      { option: 'apiKey', header: headers[0]!, value: keys.apiKey },
      { option: 'searchApiKey', header: headers[1]!, value: keys.searchApiKey },
    ],
    security: [['apiKey']],
    operations: { [SEARCH_OP]: { json: [200], security: search } },
  };
}

let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeAll(async () => {
  server = await startScriptedServer();
  // The process's first fetch loads undici: paid here rather than within a test's time limit.
  await (await fetch(server.url)).text();
});
afterAll(() => server.close());

/** A client of `settings` against the real server, with the requests it sent there. */
function against(settings: ApiSettings) {
  const run = server.run([]);
  const client = testClient<Paths>(settings, { baseUrl: server.url, headers: run.headers, sleep: recordingSleep().sleep });
  return {
    client,
    hits: run.hits,
    search: (init: { headers?: Record<string, string | null | undefined> } = {}) => client.GET('/things/{id}', { params: { path: { id: '1' } }, ...init }),
    create: () => client.POST('/things', { body: { name: 'Ann' } }),
  };
}

const rejection = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call should have thrown'), (caught: unknown) => caught);

describe('credentials per operation', () => {
  it.each([
    { name: 'both in x-api-key', headers: ['x-api-key', 'x-api-key'] },
    { name: 'in headers of their own', headers: ['x-api-key', 'x-search-key'] },
  ])('sends each operation only its own key, $name', async ({ headers }) => {
    const { search, create, hits } = against(directory({ apiKey: MANAGE, searchApiKey: SEARCH }, headers));
    await search();
    await create();
    const [searched, created] = hits();
    expect(searched?.headers[headers[1]!]).toBe(SEARCH);
    expect(created?.headers[headers[0]!]).toBe(MANAGE);
    // The other key goes in no header at all.
    expect(JSON.stringify(searched?.headers)).not.toContain(MANAGE);
    expect(JSON.stringify(created?.headers)).not.toContain(SEARCH);
  });

  it('lets a client with only the search key search, and refuses a create before sending it, naming apiKey', async () => {
    const { search, create, hits } = against(directory({ searchApiKey: SEARCH }));
    const error = await rejection(create());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option: 'apiKey', message: `apiKey must be a non-empty string for ${CREATE_OP}: createClient({ apiKey }) (got undefined).` });
    expect(hits()).toHaveLength(0);
    expect((await search()).data).toEqual({ id: 'ok' });
    expect(hits().map(({ headers }) => headers['x-api-key'])).toEqual([SEARCH]);
  });

  it('refuses a search to a client with only the management key, naming searchApiKey', async () => {
    const { search, create, hits } = against(directory({ apiKey: MANAGE }));
    const error = await rejection(search());
    expect(error).toMatchObject({ name: 'ConfigurationError', option: 'searchApiKey', message: `searchApiKey must be a non-empty string for ${SEARCH_OP}: createClient({ searchApiKey }) (got undefined).` });
    expect(hits()).toHaveLength(0);
    await create();
    expect(hits().map(({ headers }) => headers['x-api-key'])).toEqual([MANAGE]);
  });

  it.each([
    { name: 'sets', headers: { 'X-API-KEY': 'from-the-call' }, want: 'from-the-call' },
    { name: 'unsets (null)', headers: { 'x-api-key': null }, want: undefined },
    { name: 'leaves undefined', headers: { 'x-api-key': undefined }, want: SEARCH },
  ])('lets a call’s own headers override its credential header, names in any case: a header it $name', async ({ headers, want }) => {
    const { search, hits } = against(directory({ apiKey: MANAGE, searchApiKey: SEARCH }));
    await search({ headers });
    expect(hits()[0]?.headers['x-api-key']).toBe(want);
  });

  it('sends the document’s security to a path the spec does not have', async () => {
    const { client, hits } = against(directory({ apiKey: MANAGE, searchApiKey: SEARCH }));
    await client.request('get', '/not-in-the-spec');
    expect(hits()[0]?.headers['x-api-key']).toBe(MANAGE);
    const searchOnly = against(directory({ searchApiKey: SEARCH }));
    const error = await rejection(searchOnly.client.request('get', '/not-in-the-spec'));
    expect(error).toMatchObject({ option: 'apiKey', message: expect.stringContaining('for GET /not-in-the-spec: createClient({ apiKey })') });
    expect(searchOnly.hits()).toHaveLength(0);
  });

  it.each([
    { name: 'the first alternative it holds', keys: { searchApiKey: SEARCH }, search: [['apiKey'], ['searchApiKey']], want: SEARCH },
    { name: 'the first alternative when it holds all', keys: { apiKey: MANAGE, searchApiKey: SEARCH }, search: [['apiKey'], ['searchApiKey']], want: MANAGE },
    { name: 'no credential to an operation that needs none', keys: { apiKey: MANAGE, searchApiKey: SEARCH }, search: [[]], want: undefined },
    { name: 'no credential when needing none comes first', keys: { apiKey: MANAGE, searchApiKey: SEARCH }, search: [[], ['searchApiKey']], want: undefined },
  ])('sends $name', async ({ keys, search: security, want }) => {
    const { search, hits } = against(directory(keys, undefined, security));
    await search();
    expect(hits()[0]?.headers['x-api-key']).toBe(want);
  });

  it('names every alternative an operation could take when it holds none', async () => {
    const settings: ApiSettings = {
      credentials: [
        { option: 'apiKey', header: 'x-api-key', value: 'k' },
        { option: 'authToken', header: 'X-Auth-Token', value: undefined },
        { option: 'userId', header: 'X-User-Id', value: undefined },
        { option: 'token', header: 'Authorization', scheme: 'Bearer', value: undefined },
      ],
      security: [['apiKey']],
      operations: { [SEARCH_OP]: { security: [['authToken', 'userId'], ['token']] } },
    };
    const { search } = against(settings);
    await expect(search()).rejects.toThrow(
      new ConfigurationError('authToken', `authToken and userId or token must be non-empty strings for ${SEARCH_OP}: createClient({ authToken, userId }) or createClient({ token }) (got undefined).`),
    );
  });
});

describe('credentials at createClient', () => {
  it('refuses a client with no credential, naming every option that would do', () => {
    const create = () => testClient<Paths>(directory({}), { baseUrl: server.url });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow('apiKey or searchApiKey must be a non-empty string for any operation to be called: createClient({ apiKey }) or createClient({ searchApiKey }) (got undefined).');
  });

  it.each([
    { name: 'an empty', value: '  ', got: 'blanks' },
    { name: 'a non-string', value: 42, got: 'number' },
  ])('refuses $name optional credential, as a required one', ({ value, got }) => {
    const create = () => testClient<Paths>(directory({ apiKey: MANAGE, searchApiKey: value }), { baseUrl: server.url });
    expect(create).toThrow(`searchApiKey must be a non-empty string: createClient({ searchApiKey }) (got ${got}).`);
  });

  it('still requires at createClient a credential that every operation needs', () => {
    const settings: ApiSettings = {
      credentials: [
        { option: 'userId', header: 'X-User-Id', value: undefined },
        { option: 'apiKey', header: 'x-api-key', value: MANAGE },
        { option: 'searchApiKey', header: 'x-search-key', value: SEARCH },
      ],
      security: [['userId', 'apiKey']],
      operations: { [SEARCH_OP]: { security: [['userId', 'searchApiKey']] } },
    };
    const create = () => testClient<Paths>(settings, { baseUrl: server.url });
    expect(create).toThrow(new ConfigurationError('userId', 'userId must be a non-empty string: createClient({ userId }) (got undefined).'));
  });

  it('refuses plain http to another host when only an optional credential is given', () => {
    const create = () => testClient<Paths>(directory({ searchApiKey: SEARCH }), { baseUrl: 'http://api.example.com' });
    expect(create).toThrow(/^baseUrl must be an https: URL, since the client sends credentials/);
  });

  it('keeps every credential given out of errors, also one the failed call did not send', async () => {
    const echo = `{"message":"bad keys ${MANAGE} ${SEARCH}"}`;
    const fake = scriptedFetch([new Response(echo, { status: 400, headers: { 'content-type': 'application/json' } })]);
    const client = testClient<Paths>(directory({ apiKey: MANAGE, searchApiKey: SEARCH }), { baseUrl: 'https://api.example.com', fetch: fake.fetch });
    const error = await rejection(client.POST('/things', { body: { name: 'Ann' }, throwOnError: true }));
    expect(fake.calls[0]?.request.headers.get('x-api-key')).toBe(MANAGE);
    expect(error).toMatchObject({ status: 400, text: '{"message":"bad keys [redacted] [redacted]"}' });
  });
});
