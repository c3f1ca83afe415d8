// The in-process mock (`./msw`): the contract tests shared with Prism's
// against the handlers, an answer of the test's own typed from the spec, and
// a refusal as the client sees it.
import { mswContractSuite } from '@contactkit/contract/msw';
import { violationsOf } from '@contactkit/mock-tools';
import { expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { handlers, typedHttp } from '../generated/msw.gen.js';

const baseUrl = 'https://contacts.example.test';
const client = (options = {}) => createClient({ apiKey: 'test-apiKey', baseUrl, ...options });
const server = mswContractSuite({ spec: 'openapi.json', client, handlers: handlers(baseUrl) });
const path = { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' };

it('typedHttp() answers an operation as the test says, typed from the spec', async () => {
  server.use(typedHttp(baseUrl).get('/api/v1/accounts/{accountId}/contacts/{contactId}', ({ response }) => response(200).json({ id: 7, addresses: { email: 'mine@example.com' } })));
  const { data } = await client().GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path } });
  expect(data).toEqual({ id: 7, addresses: { email: 'mine@example.com' } });
});

it('refuses an msisdn that is not a phone number with the documented 400, naming the field and the rule', async () => {
  const { data, error, response } = await client().POST('/api/v1/accounts/{accountId}/contacts', { params: { path }, body: { addresses: { msisdn: 'call me' } } });
  expect([response.status, data, error?.code]).toEqual([400, undefined, 1002]);
  expect(violationsOf(response, error)).toEqual([expect.objectContaining({ at: 'body.addresses.msisdn', rule: 'pattern' })]);
});
