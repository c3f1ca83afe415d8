// The in-process mock with records (`handlers(baseUrl, { data })`): seeded
// contacts are read by id, and a contact a test registers it reads and
// updates, as the spec's links tie the operations.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { createMockData, handlers } from '../generated/msw.gen.js';

const baseUrl = 'https://chat.example.com';
const seeded = { _id: '674eeb4343725ce31dd9bd01', name: 'Ada Lovelace', emails: [{ address: 'ada@example.com' }], phones: [], unknown: false, channels: [] };
const data = createMockData({ Contact: [seeded] });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...handlers(baseUrl, { data })));
afterAll(() => server.close());

const client = createClient({ authToken: 'test-auth-token', userId: 'test-user-id', baseUrl, maxRetries: 0 });
const getContact = (contactId: string) => client.GET('/api/v1/omnichannel/contacts.get', { params: { query: { contactId } } });

describe('createMockData()', () => {
  it('answers a read of a seeded contact with it', async () => {
    const { data: answer } = await getContact(seeded._id);
    expect(answer).toEqual({ contact: seeded, success: true });
  });

  it('answers an id it does not hold with the documented 404', async () => {
    const { error, response } = await getContact('674eeb4343725ce31dd9bd99');
    expect([response.status, error]).toEqual([404, { success: false, error: 'Resource not found' }]);
  });

  it('answers an update of an id it does not hold with the documented contactNotFound 400', async () => {
    const { error, response } = await client.POST('/api/v1/omnichannel/contacts.update', { body: { contactId: '674eeb4343725ce31dd9bd99', name: 'Nobody' } });
    expect([response.status, error]).toEqual([400, { success: false, error: 'error-contact-not-found' }]);
  });

  it('refuses a seeded record that does not fit the spec, naming the field', () => {
    expect(() => createMockData({ Contact: [{ ...seeded, emails: ['ada@example.com'] } as never] })).toThrow(/Contact\[0\]\.emails\.0 must be object/);
  });
});

describe('round trip', () => {
  it('registers a contact, reads it by the id returned, and updates it', async () => {
    const registered = await client.POST('/api/v1/omnichannel/contacts', { body: { name: 'Grace Hopper', emails: [], phones: [], customFields: { team: 'navy' } } });
    const contactId = registered.data!.contactId!;
    expect(contactId).toMatch(/^[0-9a-f]{24}$/);

    const read = await getContact(contactId);
    expect(read.data?.contact).toMatchObject({ _id: contactId, name: 'Grace Hopper', customFields: { team: 'navy' } });

    const updated = await client.POST('/api/v1/omnichannel/contacts.update', { body: { contactId, name: 'Amazing Grace' } });
    expect(updated.data?.contact).toMatchObject({ _id: contactId, name: 'Amazing Grace', customFields: { team: 'navy' } });
    expect((await getContact(contactId)).data?.contact?.name).toBe('Amazing Grace');
  });

  it('keeps what a request writes in another form than answers do, and names it', async () => {
    // Registering takes e-mails as text; answers hold them as objects, which the mock cannot make up.
    const registered = await client.POST('/api/v1/omnichannel/contacts', { body: { name: 'Linus', emails: ['linus@example.com'], phones: [] } });
    expect(registered.response.headers.get('x-mock-not-stored')).toBe('emails');
    expect(data.get('Contact', registered.data!.contactId!)).toMatchObject({ name: 'Linus' });
  });
});
