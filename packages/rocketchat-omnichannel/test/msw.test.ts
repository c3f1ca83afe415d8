// The in-process mock (`./msw`): the contract tests shared with Prism's
// against the handlers, an answer of the test's own typed from the spec, and
// a refusal as the client sees it, the documented body and the mock's words.
import { mswContractSuite } from '@contactkit/contract/msw';
import { violationsOf } from '@contactkit/mock-tools';
import { expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { handlers, typedHttp } from '../generated/msw.gen.js';

const baseUrl = 'https://chat.example.com';
const client = (options = {}) => createClient({ authToken: 'test-auth-token', userId: 'test-user-id', baseUrl, ...options });
const server = mswContractSuite({ spec: 'openapi.json', client, handlers: handlers(baseUrl) });

it('typedHttp() answers an operation as the test says, typed from the spec', async () => {
  server.use(typedHttp(baseUrl).get('/api/v1/omnichannel/contacts.get', ({ response }) => response(200).json({ contact: { _id: 'mine', name: 'Mine' }, success: true })));
  const { data } = await client().GET('/api/v1/omnichannel/contacts.get', { params: { query: { contactId: 'mine' } } });
  expect(data?.contact?.name).toBe('Mine');
});

it("refuses a misspelt field (the vendor's own customFileds) with the documented 400, saying to check its spelling", async () => {
  const { error, response } = await client().POST('/api/v1/omnichannel/contacts', { body: { name: 'John Doe', emails: [], phones: [], customFileds: {} } as never });
  expect(response.status).toBe(400);
  expect(error).toMatchObject({ success: false });
  expect(violationsOf(response, error)).toEqual([
    { at: 'body.customFileds', rule: 'additionalProperties', message: 'is not a property the spec allows here: check its spelling, or leave it out' },
  ]);
});
