// Contract tests: the real client against a Prism mock of the bundled spec
// (started by the vitest global setup, with errors on).
import { violationsOf } from '@contactkit/mock';
import { describe, expect, inject, it } from 'vitest';
import { type CreateContactRequest, createClient } from '../src/index.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const contactId = 41764986;
const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
const prefer = (value: string) => ({ headers: { Prefer: value } });

const getContact = (path: { accountId: string; contactId: number }, init = {}) =>
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

  it.each([
    { example: 'subAccount', code: 1001 },
    { example: 'invalidJobId', code: 4018 },
  ])('returns the typed error body for 404 ($example)', async ({ example, code }) => {
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
    { name: 'contactId that is not an integer', path: { accountId, contactId: 'abc' as unknown as number }, at: 'path.contactid', rule: 'type' },
  ])('rejects $name with 422 naming the field', async ({ path, at, rule }) => {
    const { data, error, response } = await getContact(path);
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(violationsOf(response, error)).toContainEqual(expect.objectContaining({ at, rule }));
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

  const withAddresses = (addresses: Record<string, unknown>) => ({ ...validBody, addresses }) as CreateContactRequest;
  const withField = (field: string, value: unknown) => ({ ...validBody, [field]: value }) as CreateContactRequest;

  it.each([
    { name: 'no addresses', body: { firstName: 'John' } as CreateContactRequest, at: 'body', rule: 'required' },
    { name: 'an empty addresses object', body: withAddresses({}), at: 'body.addresses', rule: 'minProperties' },
    { name: 'an msisdn starting with 0', body: withAddresses({ msisdn: '06511112222' }), at: 'body.addresses.msisdn', rule: 'pattern' },
    { name: 'an msisdn of 16 digits', body: withAddresses({ msisdn: '1234567890123456' }), at: 'body.addresses.msisdn', rule: 'pattern' },
    { name: 'an empty msisdn', body: withAddresses({ msisdn: '' }), at: 'body.addresses.msisdn', rule: 'minLength' },
    { name: 'an e-mail that is not an address', body: withAddresses({ email: 'john.doe' }), at: 'body.addresses.email', rule: 'format' },
    { name: 'an e-mail over 320 characters', body: withAddresses({ email: `${'j'.repeat(309)}@example.com` }), at: 'body.addresses.email', rule: 'maxLength' },
    ...['weChatUserId', 'facebookUserId', 'zaloId', 'lineId', 'kakaoTalkId'].map((field) => ({
      name: `a ${field} over 128 characters`,
      body: withAddresses({ [field]: 'x'.repeat(129) }),
      at: `body.addresses.${field}`,
      rule: 'maxLength',
    })),
    { name: 'an empty firstName', body: withField('firstName', ''), at: 'body.firstName', rule: 'minLength' },
    { name: 'a firstName over 200 characters', body: withField('firstName', 'J'.repeat(201)), at: 'body.firstName', rule: 'maxLength' },
    { name: 'an empty lastName', body: withField('lastName', ''), at: 'body.lastName', rule: 'minLength' },
    { name: 'a lastName over 200 characters', body: withField('lastName', 'D'.repeat(201)), at: 'body.lastName', rule: 'maxLength' },
    { name: 'an empty externalId', body: withField('externalId', ''), at: 'body.externalId', rule: 'minLength' },
    { name: 'an externalId over 50 characters', body: withField('externalId', '8'.repeat(51)), at: 'body.externalId', rule: 'maxLength' },
    { name: 'a one-letter country', body: withField('country', 'U'), at: 'body.country', rule: 'minLength' },
    { name: 'a three-letter country', body: withField('country', 'USA'), at: 'body.country', rule: 'maxLength' },
    { name: 'no groups in the list', body: withField('groups', []), at: 'body.groups', rule: 'minItems' },
    { name: 'eleven groups', body: withField('groups', Array.from({ length: 11 }, (_, id) => ({ id }))), at: 'body.groups', rule: 'maxItems' },
    { name: 'a group without its id', body: withField('groups', [{}]), at: 'body.groups.0', rule: 'required' },
  ])('rejects a body with $name, naming the field and the rule', async ({ body, at, rule }) => {
    const { data, error, response } = await createContact(body);
    // The spec documents 400 for a bad request, so Prism answers with it.
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error?.code).toBeTypeOf('number');
    expect(violationsOf(response, error)).toContainEqual(expect.objectContaining({ at, rule }));
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
    expect(() => createClient({ apiKey: '' })).toThrow(/apiKey is required/);
  });
});
