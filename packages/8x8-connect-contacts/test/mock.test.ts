// What a consumer's own test suite does: start the shipped mock in-process
// and point the client at it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { type Mock, startMock } from '../generated/mock.gen.js';

let mock: Mock;
// Prism reads and compiles the spec first: slow on a busy 2-core machine.
beforeAll(async () => {
  mock = await startMock();
}, 60_000);
afterAll(() => mock.stop());

it('answers the client with the documented example', async () => {
  const client = createClient({ apiKey: 'test-api-key', baseUrl: mock.url });
  const { data, response } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } },
  });
  expect(response.status).toBe(200);
  expect(data?.addresses.msisdn).toBe('16511112222');
});

it('names the package and its version in User-Agent', async () => {
  const sent: Request[] = [];
  const client = createClient({ apiKey: 'k', baseUrl: mock.url, fetch: (request) => (sent.push(request), fetch(request)) });
  await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '1' } },
  });
  expect(sent[0]?.headers.get('user-agent')).toMatch(/^contactkit-8x8-connect-contacts\/\d+\.\d+\.\d+ node\//);
});

it('refuses a request the spec forbids, as the real API would', async () => {
  const client = createClient({ apiKey: 'k', baseUrl: mock.url });
  const { response } = await client.POST('/api/v1/accounts/{accountId}/contacts', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' } },
    body: { addresses: { msisdn: '12' } },
  });
  expect(response.status).toBe(400);
});
