// The sequence the docs describe: create a contact, keep its id, replace it,
// delete it. Each step's typed result is what the page shows.
import { violationsOf } from '@contactkit/mock-tools';
import { expect, inject, it } from 'vitest';
import { type CreateContactRequest, createClient } from '../generated/client.gen.js';

const directory = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });

const body: CreateContactRequest = {
  customerId: '0016C00000VM1BeQAL',
  firstName: 'John',
  lastName: 'Doe',
  contactType: 'company',
  emails: [{ email: 'john.doe@example.com', primary: true, purposeType: 'work' }],
  phones: [{ phone: '+18005551234', primary: true, purposeType: 'WORK', source: 'EXTERNAL' }],
};

it('creates, replaces and deletes a contact by the id the create returned', async () => {
  const created = await directory.POST('/contacts', { body });
  expect(created.response.status).toBe(200);
  expect(violationsOf(created.response)).toEqual([]);
  const contactId = created.data!.id;
  expect(contactId).toBe('c3697cef-5e57-41cc-8720-6db6e8e2a977');
  expect(created.data?.emails?.[0]?.id).toBe(5106357);

  const replaced = await directory.PUT('/contacts/{contactId}', {
    params: { path: { contactId } },
    body: { ...body, id: contactId, department: 'Marketing' },
  });
  expect(replaced.response.status).toBe(200);
  expect(violationsOf(replaced.response)).toEqual([]);
  expect(replaced.data?.department).toBe('Marketing');

  const deleted = await directory.DELETE('/contacts/{contactId}', { params: { path: { contactId } } });
  expect(deleted.response.status).toBe(200);
  expect(deleted.data).toBeUndefined();
});

it('refuses a replacement that sends a read-only timestamp, naming it', async () => {
  const { error, response } = await directory.PUT('/contacts/{contactId}', {
    params: { path: { contactId: 'c3697cef-5e57-41cc-8720-6db6e8e2a977' } },
    body: { ...body, createdTimestamp: 1700000000000 } as CreateContactRequest,
  });
  expect(response.status).toBe(422);
  expect(violationsOf(response, error)).toContainEqual(expect.objectContaining({ at: 'body', rule: 'propertyNames' }));
});
