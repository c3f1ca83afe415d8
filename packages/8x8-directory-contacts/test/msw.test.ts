// The in-process mock (`./msw`): the contract tests shared with Prism's
// against the handlers, an answer of the test's own typed from the spec, and
// a refusal as the client sees it.
import { mswContractSuite } from '@contactkit/contract/msw';
import { violationsOf } from '@contactkit/mock-tools';
import { expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { handlers, typedHttp } from '../generated/msw.gen.js';

const baseUrl = 'https://directory.example.test';
const client = (options = {}) => createClient({ apiKey: 'test-apiKey', searchApiKey: 'test-searchApiKey', baseUrl, ...options });
const server = mswContractSuite({ spec: 'openapi.json', client, handlers: handlers(baseUrl) });

it('typedHttp() answers an operation as the test says, typed from the spec', async () => {
  server.use(typedHttp(baseUrl).post('/contacts', ({ response }) => response(200).json({ id: 'mine', contactType: 'company', customerId: 'c-1' })));
  const { data } = await client().POST('/contacts', { body: { customerId: 'c-1' } });
  expect(data).toEqual({ id: 'mine', contactType: 'company', customerId: 'c-1' });
});

it('refuses a first name over 128 characters with a 422 problem (none is documented), naming the field and the rule', async () => {
  const { data, error, response } = await client().POST('/contacts', { body: { customerId: 'c-1', firstName: 'J'.repeat(129) } });
  expect([response.status, data]).toEqual([422, undefined]);
  expect(violationsOf(response, error)).toEqual([expect.objectContaining({ at: 'body.firstName', rule: 'maxLength' })]);
});
