// A user's ES module: imports the client and gets one contact from the API at
// BASE_URL, printing the contact as JSON.
import { createClient } from '@contactkit/8x8-connect-contacts';

const client = createClient({ apiKey: 'e2e-key', baseUrl: process.env.BASE_URL });
const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
  params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } },
});
if (error) throw new Error(`the API answered with an error: ${JSON.stringify(error)}`);
console.log(JSON.stringify(data));
