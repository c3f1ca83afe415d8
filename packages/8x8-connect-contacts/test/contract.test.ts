// The client's typed results against a Prism mock of the bundled spec, for
// cases the docs describe in words. Every status and stated constraint is
// covered by spec-contract.test.ts, derived from the spec.
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, inject, it } from 'vitest';
import { type CreateContactRequest, createClient } from '../generated/client.gen.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const contactId = '41764986';
const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
const prefer = (value: string) => ({ headers: { Prefer: value } });

const getContact = (path: { accountId: string; contactId: string }, init = {}) =>
  client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path }, ...init });
const createContact = (body: CreateContactRequest, init = {}) =>
  client.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body, ...init });

const validBody: CreateContactRequest = {
  firstName: 'John',
  lastName: 'Doe',
  externalId: '87668',
  country: 'US',
  groups: [{ id: 8199 }],
  addresses: { msisdn: '+16511112222', email: 'john.doe@example.com' },
};

describe('getContactById', () => {
  it('returns the contact for 200', async () => {
    const { data, error, response } = await getContact({ accountId, contactId });
    expect(response.status).toBe(200);
    expect(violationsOf(response)).toEqual([]);
    expect(error).toBeUndefined();
    expect(data?.id).toBe(41764986);
    expect(data?.addresses.msisdn).toBe('16511112222');
  });

  it.each([{ example: 'invalidId', code: 4018 }])('returns the typed error body for 404 ($example)', async ({ example, code }) => {
    const { data, error, response } = await getContact({ accountId, contactId }, prefer(`code=404, example=${example}`));
    expect(response.status).toBe(404);
    expect(violationsOf(response)).toEqual([]);
    expect(data).toBeUndefined();
    expect(error?.code).toBe(code);
    expect(error?.errorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    { name: 'accountId shorter than 32 characters', path: { accountId: 'a'.repeat(31), contactId }, at: 'path.accountid', rule: 'minLength' },
    { name: 'accountId longer than 36 characters', path: { accountId: `${accountId}0`, contactId }, at: 'path.accountid', rule: 'maxLength' },
    { name: 'accountId that is not hexadecimal', path: { accountId: 'g'.repeat(32), contactId }, at: 'path.accountid', rule: 'pattern' },
  ])('rejects $name with 422 naming the field', async ({ path, at, rule }) => {
    const { data, error, response } = await getContact(path);
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(violationsOf(response, error)).toContainEqual(expect.objectContaining({ at, rule }));
  });

  it('takes any contactId string, as 8x8 types it', async () => {
    const { response } = await getContact({ accountId, contactId: 'c-41764986' });
    expect(response.status).toBe(200);
    expect(violationsOf(response)).toEqual([]);
  });
});

describe('createContact', () => {
  it.each([
    { status: 200, meaning: 'merged into an existing contact' },
    { status: 201, meaning: 'created' },
  ])('returns the contact for $status ($meaning)', async ({ status }) => {
    const { data, error, response } = await createContact(validBody, prefer(`code=${status}`));
    expect(response.status).toBe(status);
    expect(violationsOf(response)).toEqual([]);
    expect(error).toBeUndefined();
    expect(data?.id).toBe(41764986);
    expect(data?.addresses.msisdn).toBe('16511112222');
  });

  it('accepts a contact with a single address and nothing else', async () => {
    const { response } = await createContact({ addresses: { kakaoTalkId: 'k'.repeat(128) } });
    expect(response.ok).toBe(true);
    expect(violationsOf(response)).toEqual([]);
  });

  it.each([
    { status: 400, example: 'invalidMsisdn', code: 1002 },
    { status: 400, example: 'subAccount', code: 1001 },
    { status: 409, example: undefined, code: 1001 },
  ])('returns the typed error body for $status', async ({ status, example, code }) => {
    const preference = example ? `code=${status}, example=${example}` : `code=${status}`;
    const { data, error, response } = await createContact(validBody, prefer(preference));
    expect(response.status).toBe(status);
    expect(violationsOf(response)).toEqual([]);
    expect(data).toBeUndefined();
    expect(error?.code).toBe(code);
  });

  it.each(['07700900123', '+16511112222', '6512345678'])('accepts the msisdn %s, national or international', async (msisdn) => {
    const { response } = await createContact({ ...validBody, addresses: { msisdn } });
    expect(response.ok).toBe(true);
    expect(violationsOf(response)).toEqual([]);
  });

  it.each([
    { name: 'has 16 digits', msisdn: '1234567890123456' },
    { name: 'has 6 digits', msisdn: '+165111' },
    { name: 'has a letter', msisdn: '+1651111222a' },
  ])('rejects an msisdn that $name with the documented 400, naming the field', async ({ msisdn }) => {
    const { data, error, response } = await createContact({ ...validBody, addresses: { msisdn } });
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error?.code).toBeTypeOf('number');
    expect(violationsOf(response, error)).toContainEqual(expect.objectContaining({ at: 'body.addresses.msisdn', rule: 'pattern' }));
  });
});

describe('authentication', () => {
  it('sends the API key as a bearer token', async () => {
    const sent: Request[] = [];
    const recording = createClient({
      apiKey: 'secret-key',
      baseUrl: inject('mockUrl'),
      fetch: (request) => (sent.push(request.clone()), fetch(request)),
    });
    const { response } = await recording.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId, contactId } } });
    expect(response.status).toBe(200);
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer secret-key');
  });

  it('is required by the API: a request without it gets 401', async () => {
    const response = await fetch(`${inject('mockUrl')}/api/v1/accounts/${accountId}/contacts/${contactId}`);
    expect(response.status).toBe(401);
  });

  it('is required by the client: no apiKey is a configuration error', () => {
    expect(() => createClient({ apiKey: '' })).toThrow(expect.objectContaining({ option: 'apiKey', message: expect.stringContaining('apiKey') }));
  });
});
