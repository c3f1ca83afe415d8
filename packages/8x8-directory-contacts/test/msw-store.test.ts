// The in-process mock with records (`handlers(baseUrl, { data })`): seeded
// contacts are replaced and deleted by id, and what a test creates it can
// replace and delete, as the spec's links tie the operations. The API
// documents no read by id, so the records are checked with `data.get()`.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { createMockData, handlers } from '../generated/msw.gen.js';

const baseUrl = 'https://directory.example.com';
const seeded = 'a5b0c6d2-0000-4000-8000-000000000001';
const data = createMockData({ Contact: [{ id: seeded, customerId: '0016C00000VM1BeQAL', firstName: 'Ada', lastName: 'Lovelace', contactType: 'company' }] });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...handlers(baseUrl, { data })));
afterAll(() => server.close());

const client = createClient({ apiKey: 'management-key', searchApiKey: 'search-key', baseUrl, maxRetries: 0 });

describe('createMockData()', () => {
  it('replaces a seeded contact', async () => {
    const { data: contact } = await client.PUT('/contacts/{contactId}', { params: { path: { contactId: seeded } }, body: { customerId: '0016C00000VM1BeQAL', firstName: 'Augusta' } });
    expect(contact).toMatchObject({ id: seeded, firstName: 'Augusta' });
    // A replace resets what it leaves out.
    expect(contact).not.toHaveProperty('lastName');
  });

  it('answers an id it does not hold with 404, which the API does not document, naming the id', async () => {
    const { error, response } = await client.DELETE('/contacts/{contactId}', { params: { path: { contactId: 'c3697cef-5e57-41cc-8720-000000000000' } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ status: 404, detail: expect.stringContaining('no Contact with id "c3697cef-5e57-41cc-8720-000000000000"') });
  });

  it('refuses a seeded record that does not fit the spec, naming the field', () => {
    expect(() => createMockData({ Contact: [{ id: seeded, customerId: '1', firstName: ['Ada'] } as never] })).toThrow(/Contact\[0\]\.firstName must be string/);
  });
});

describe('round trip', () => {
  it('creates a contact, replaces it and deletes it', async () => {
    const created = await client.POST('/contacts', { body: { customerId: '0016C00000VM1BeQAL', firstName: 'Grace', lastName: 'Hopper', contactType: 'company' } });
    expect(created.response.status).toBe(200);
    const id = created.data!.id!;
    expect(created.data).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(data.get('Contact', id)).toMatchObject({ firstName: 'Grace' });

    const replaced = await client.PUT('/contacts/{contactId}', { params: { path: { contactId: id } }, body: { customerId: '0016C00000VM1BeQAL', firstName: 'Grace', lastName: 'Brewster Hopper' } });
    expect(replaced.data).toMatchObject({ id, lastName: 'Brewster Hopper' });
    expect(data.get('Contact', id)).toMatchObject({ lastName: 'Brewster Hopper' });

    const deleted = await client.DELETE('/contacts/{contactId}', { params: { path: { contactId: id } } });
    expect(deleted.response.status).toBe(200);
    expect(data.get('Contact', id)).toBeUndefined();
  });
});
