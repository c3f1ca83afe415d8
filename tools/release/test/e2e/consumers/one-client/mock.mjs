// A user's test file: the client against startMock() from its /mock entry,
// with @contactkit/mock installed as a dev dependency. Prints the mock's
// operations and the contact it answered with, as JSON.
import { createClient } from '@contactkit/8x8-connect-contacts';
import { startMock } from '@contactkit/8x8-connect-contacts/mock';

const mock = await startMock();
try {
  const client = createClient({ apiKey: 'e2e-key', baseUrl: mock.url });
  const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } },
  });
  if (error) throw new Error(`the mock answered with an error: ${JSON.stringify(error)}`);
  console.log(JSON.stringify({ url: mock.url, operations: mock.operations, data }));
} finally {
  await mock.stop();
}
