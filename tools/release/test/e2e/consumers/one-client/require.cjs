// A CommonJS user's file: require() of the ES module client (Node 20.19 or
// later), then the same call as esm.mjs, printing the contact as JSON.
const { createClient } = require('@contactkit/8x8-connect-contacts');

async function main() {
  const client = createClient({ apiKey: 'e2e-key', baseUrl: process.env.BASE_URL });
  const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } },
  });
  if (error) throw new Error(`the API answered with an error: ${JSON.stringify(error)}`);
  console.log(JSON.stringify(data));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
