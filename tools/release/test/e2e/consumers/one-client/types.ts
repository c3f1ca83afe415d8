// A TypeScript user's ES module, only type-checked: every entry's types
// resolve, a correct call compiles and each wrong one is rejected.
import { type Contact, createClient, HttpError } from '@contactkit/8x8-connect-contacts';
import { requestValidation, ValidationError } from '@contactkit/8x8-connect-contacts/validation';
import { type Mock, startMock } from '@contactkit/8x8-connect-contacts/mock';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

export async function firstName(mock: Mock): Promise<string | undefined> {
  const client = createClient({ apiKey: 'e2e-key', baseUrl: mock.url });
  client.use(requestValidation());
  const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
    params: { path: { accountId, contactId: '41764986' } },
  });
  if (error) return error.message;
  const contact: Contact = data;
  return contact.firstName;
}

export function isRefusal(thrown: unknown): boolean {
  return thrown instanceof ValidationError || thrown instanceof HttpError;
}

export function startOnPort(port: number): Promise<Mock> {
  return startMock({ port });
}

export function wrongCalls(client: ReturnType<typeof createClient>) {
  // @ts-expect-error a mock's port is a number
  void startMock({ port: '4010' });
  // @ts-expect-error apiKey is required
  createClient({ baseUrl: 'https://example.test' });
  // @ts-expect-error contactId is a string in the spec
  client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId, contactId: 41764986 } } });
  // @ts-expect-error the API is served in four regions, and "mars" is none of them
  createClient({ apiKey: 'e2e-key', region: 'mars' });
  return client.POST('/api/v1/accounts/{accountId}/contacts', {
    params: { path: { accountId } },
    // @ts-expect-error firstName is a string in the spec
    body: { firstName: 42, addresses: { msisdn: '16511112222' } },
  });
}
