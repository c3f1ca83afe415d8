// The in-process mock with records (`handlers(baseUrl, { data })`): seeded
// contacts are read by id, and what a test creates it reads, changes with
// JSON Patch and deletes, as the spec's links tie the operations.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { createMockData, handlers } from '../generated/msw.gen.js';

const baseUrl = 'https://contacts.example.com';
const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const data = createMockData({ Contact: [{ id: 7, firstName: 'Ada', lastName: 'Lovelace', addresses: { msisdn: '447700900123' }, createdAt: '2024-01-02T03:04:05Z' }] });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...handlers(baseUrl, { data })));
afterAll(() => server.close());

const client = createClient({ apiKey: 'test-api-key', baseUrl, maxRetries: 0 });
const contactPath = (contactId: string | number) => ({ path: { accountId, contactId: String(contactId) } });

describe('createMockData()', () => {
  it('answers a read of a seeded contact with it', async () => {
    const { data: contact } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(7) });
    expect(contact).toMatchObject({ id: 7, firstName: 'Ada', addresses: { msisdn: '447700900123' } });
  });

  it('answers an id it does not hold with the documented 404', async () => {
    const { error, response } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(404404) });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: expect.any(Number) });
    expect(response.headers.get('x-mock-problem')).toContain('no Contact with id "404404"');
  });

  it('starts with the records the documented answers show, unless told not to', () => {
    expect(createMockData().get('Contact', 41764986)).toMatchObject({ id: 41764986, externalId: '87668' });
    expect(createMockData({}, { examples: false }).all('Contact')).toEqual([]);
  });

  it('refuses a seeded record that does not fit the spec, naming the field', () => {
    expect(() => createMockData({ Contact: [{ id: 1, firstName: 42 } as never] })).toThrow(/Contact\[0\]\.firstName must be string/);
    expect(() => createMockData({ Contact: [{ firstName: 'No id' } as never] })).toThrow(/Contact\[0\] has no "id"/);
  });
});

describe('round trip', () => {
  it('creates a contact, reads it, patches it and deletes it', async () => {
    const created = await client.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body: { firstName: 'Grace', lastName: 'Hopper', addresses: { msisdn: '15550100' } } });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    expect(id).not.toBe(7);
    expect(created.data).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' });

    const read = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(id) });
    expect(read.data).toMatchObject({ id, firstName: 'Grace', addresses: { msisdn: '15550100' } });

    const patched = await client.PATCH('/api/v1/accounts/{accountId}/contacts/{contactId}', {
      params: contactPath(id),
      body: [
        { op: 'replace', path: '/firstName', value: 'Amazing Grace' },
        { op: 'remove', path: '/lastName' },
      ],
    });
    expect(patched.data).toMatchObject({ id, firstName: 'Amazing Grace' });
    expect(patched.data).not.toHaveProperty('lastName');
    expect(data.get('Contact', id)).toMatchObject({ firstName: 'Amazing Grace' });

    const deleted = await client.DELETE('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(id) });
    expect(deleted.response.status).toBe(204);
    const gone = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(id) });
    expect(gone.response.status).toBe(404);
    expect(data.get('Contact', id)).toBeUndefined();
  });

  it('answers a patch that cannot apply with the documented 400, saying why', async () => {
    const { response } = await client.PATCH('/api/v1/accounts/{accountId}/contacts/{contactId}', {
      params: contactPath(7),
      body: [{ op: 'replace', path: '/nickname/first', value: 'Ada' }],
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-mock-problem')).toMatch(/the patch cannot apply to Contact 7/);
  });

  it('still answers a documented example when the test asks for one', async () => {
    const { response } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: contactPath(7), headers: { Prefer: 'code=404' } });
    expect(response.status).toBe(404);
  });
});
