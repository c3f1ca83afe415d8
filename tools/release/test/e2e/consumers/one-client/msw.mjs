// A user's test file with the client's msw handlers, as the README shows them
// (after `pnpm add -D @contactkit/mock msw openapi-msw`): no server, no port,
// the client at its default base URL. Prints the contact it got, and the
// status and body of the same call without credentials, as JSON.
import { createClient } from '@contactkit/8x8-connect-contacts';
import { handlers } from '@contactkit/8x8-connect-contacts/msw';
import { setupServer } from 'msw/node';

// A request no handler answers must fail, not reach the network.
const server = setupServer(...handlers());
server.listen({ onUnhandledRequest: 'error' });
try {
  const client = createClient({ apiKey: 'e2e-key' });
  const contact = { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } } };
  const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', contact);
  if (error) throw new Error(`the handlers answered with an error: ${JSON.stringify(error)}`);
  // `Authorization: null` unsets the header the client would send.
  const anonymous = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { ...contact, headers: { Authorization: null } });
  console.log(JSON.stringify({ data, withoutCredentials: { status: anonymous.response.status, error: anonymous.error } }));
} finally {
  server.close();
}
