// The package's in-process mock (`./msw`): msw handlers in this process that
// answer every documented status and example of every operation, refuse what
// the spec forbids naming the field and the rule, and answer 401 without
// credentials; and msw's `http` typed from the API's paths.
import { readFileSync } from 'node:fs';
import { listOperations, type OpenApiDocument, validRequest } from '@contactkit/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { handlers, typedHttp } from '../generated/msw.gen.js';

const baseUrl = 'https://chat.example.com';
const server = setupServer(...handlers(baseUrl));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const client = createClient({ authToken: 'test-auth-token', userId: 'test-user-id', baseUrl, maxRetries: 0 });

const cases = listOperations(spec).flatMap((operation) =>
  operation.responses.flatMap(({ status, examples }) => examples.map(({ name, value }) => ({ label: `${operation.method} ${operation.path} ${status} ${name}`, operation, status, name, value }))),
);

describe('handlers()', () => {
  it.each(cases)('$label: answered as documented', async ({ operation, status, name, value }) => {
    const { query, body } = validRequest(operation);
    const { data, error, response } = await client.request(operation.method, operation.path as never, { params: { query }, body, headers: { Prefer: `code=${status}, example=${name}` } } as never);
    expect(response.status).toBe(status);
    expect(data ?? error).toEqual(value);
  });

  it('refuses a request the spec forbids with the documented 400, naming the field and the rule', async () => {
    const { response } = await client.POST('/api/v1/omnichannel/contacts', { body: { name: 'John Doe', emails: [], phones: [], customFileds: {} } as never });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.headers.get('x-mock-violations')!)).toEqual([expect.objectContaining({ at: 'body.customFileds', rule: 'additionalProperties' })]);
  });

  it('answers the documented 401 without the credentials', async () => {
    const response = await fetch(`${baseUrl}/api/v1/omnichannel/contacts.get?contactId=673c76df47a6c9b89dd263d8`);
    expect([response.status, await response.json()]).toEqual([401, { status: 'error', message: 'You must be logged in to do this.' }]);
  });
});

describe('typedHttp()', () => {
  it('overrides an operation with an answer of the test, typed from the spec', async () => {
    server.use(typedHttp(baseUrl).get('/api/v1/omnichannel/contacts.get', ({ response }) => response(200).json({ contact: { _id: 'mine', name: 'Mine' }, success: true })));
    const { data } = await client.GET('/api/v1/omnichannel/contacts.get', { params: { query: { contactId: 'mine' } } });
    expect(data?.contact?.name).toBe('Mine');
    server.resetHandlers();
  });
});
