// Opt-in validation refuses what the spec forbids before sending anything,
// and lets everything else through unchanged.
import { describe, expect, inject, it } from 'vitest';
import { type CreateContactRequest, createClient } from '../generated/client.gen.js';
import { requestValidation, ValidationError } from '../generated/validation.gen.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

function validatingClient() {
  const sent: Request[] = [];
  const client = createClient({
    apiKey: 'secret-api-key',
    baseUrl: inject('mockUrl'),
    fetch: (request) => (sent.push(request), fetch(request)),
  });
  client.use(requestValidation());
  return { client, sent };
}

describe('requestValidation', () => {
  it('sends a request the spec allows', async () => {
    const { client, sent } = validatingClient();
    const { response } = await client.POST('/api/v1/accounts/{accountId}/contacts', {
      params: { path: { accountId } },
      body: { firstName: 'John', addresses: { msisdn: '+16511112222' } },
    });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
  });

  it.each([
    { name: 'a pattern', body: { addresses: { msisdn: '0123' } }, at: 'body.addresses.msisdn', rule: 'pattern' },
    { name: 'a maximum length', body: { firstName: 'J'.repeat(201), addresses: { msisdn: '+16511112222' } }, at: 'body.firstName', rule: 'maxLength' },
    { name: 'a required field', body: { firstName: 'John' }, at: 'body.addresses', rule: 'required' },
    { name: 'unique items', body: { groups: [{ id: 8199 }, { id: 8199 }], addresses: { msisdn: '+16511112222' } }, at: 'body.groups', rule: 'uniqueItems' },
    { name: 'a maximum of properties', body: { customAttributes: Object.fromEntries(Array.from({ length: 51 }, (_, n) => [`a${n}`, 'v'])), addresses: { msisdn: '+16511112222' } }, at: 'body.customAttributes', rule: 'maxProperties' },
    { name: 'a format', body: { addresses: { email: 'john.doe' } }, at: 'body.addresses.email', rule: 'format' },
  ])('refuses a body that breaks $name, naming the field and the rule, without sending it', async ({ body, at, rule }) => {
    const { client, sent } = validatingClient();
    const call = client.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body: body as CreateContactRequest });
    const error = await call.then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual(expect.objectContaining({ at, rule }));
    expect((error as ValidationError).message).toContain(`POST /api/v1/accounts/{accountId}/contacts was not sent: ${at}`);
    expect((error as ValidationError).message).not.toContain('secret-api-key');
    expect(sent).toHaveLength(0);
  });

  it('refuses a path parameter that breaks the spec', async () => {
    const { client, sent } = validatingClient();
    const call = client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId: 'short', contactId: '1' } } });
    await expect(call).rejects.toThrow(/path\.accountId must NOT have fewer than 32 characters/);
    expect(sent).toHaveLength(0);
  });
});
