// callab.ai's API is served at https://api.callab.ai/v1, the client's
// default. The earlier page's operation, getContactById, is served at the
// Mintlify sandbox host over plain http: without a baseUrl its call is
// refused before sending, as the token would go in clear text; a baseUrl
// (a mock, a proxy) takes every call.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createClient, DEFAULT_BASE_URL } from '../generated/client.gen.ts';

const id = '550e8400-e29b-41d4-a716-446655440000';
const path = { params: { path: { id } } };

/** A client whose `fetch` records each request instead of sending it, answering `{ status: 'ok' }`. */
function recording(options: { baseUrl?: string } = {}) {
  const sent: Request[] = [];
  const client = createClient({ token: 'secret-token', maxRetries: 0, ...options, fetch: async (request) => (sent.push(request), Response.json({ status: 'ok' })) });
  return { client, sent };
}

describe('without a baseUrl', () => {
  it('calls getContact at https://api.callab.ai/v1', async () => {
    const { client, sent } = recording();
    await client.GET('/contacts/{id}', path);
    expect(DEFAULT_BASE_URL).toBe('https://api.callab.ai/v1');
    expect(sent.map(({ url }) => url)).toEqual([`https://api.callab.ai/v1/contacts/${id}`]);
  });

  it('refuses getContactById before sending, naming the operation, its plain-http server and baseUrl', async () => {
    const { client, sent } = recording();
    const call = client.GET('/contact/{id}', path);
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(
      'baseUrl must be given for GET /contact/{id}, whose server http://sandbox.mintlify.com is plain http and would get its credentials (plain http is allowed only to loopback, or with `dangerouslyAllowCredentialsOverHttp: true`) (got none).',
    );
    expect(sent).toEqual([]);
  });
});

describe('with a baseUrl', () => {
  const received: { url?: string; authorization?: string }[] = [];
  const server = createServer((request, response) => {
    received.push({ url: request.url, authorization: request.headers.authorization });
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', message: 'ok', data: { id } }));
  });
  let baseUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends every operation there, the earlier page’s too', async () => {
    const client = createClient({ token: 'secret-token', baseUrl });
    const answers = [await client.GET('/contacts/{id}', path), await client.GET('/contact/{id}', path)];
    expect(answers.map(({ data }) => data?.data?.id)).toEqual([id, id]);
    expect(received).toEqual([
      { url: `/v1/contacts/${id}`, authorization: 'Bearer secret-token' },
      { url: `/v1/contact/${id}`, authorization: 'Bearer secret-token' },
    ]);
  });

  it('may not be plain http to another host, unless the risk is opted into by name', () => {
    expect(() => createClient({ token: 't', baseUrl: 'http://sandbox.mintlify.com' })).toThrow(/^baseUrl must be an https: URL, since the client sends credentials/);
    expect(() => createClient({ token: 't', baseUrl: 'http://sandbox.mintlify.com', dangerouslyAllowCredentialsOverHttp: true })).not.toThrow();
  });
});
