// A TypeScript user's CommonJS module, only type-checked: under `nodenext`
// (TypeScript 5.8 or later), require() of the ES module client is typed.
import { createClient } from '@contactkit/8x8-connect-contacts';
import validation = require('@contactkit/8x8-connect-contacts/validation');

export function client(baseUrl: string) {
  const contacts = createClient({ apiKey: 'e2e-key', baseUrl });
  contacts.use(validation.requestValidation());
  // @ts-expect-error the path parameter accountId is required
  contacts.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { contactId: '41764986' } } });
  return contacts;
}
