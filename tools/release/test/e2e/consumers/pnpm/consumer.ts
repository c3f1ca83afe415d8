// A user's file: the 8x8 Connect client, checked in strict mode, called against
// the mock of its own shipped spec. Exits non-zero on any mismatch.
import { deepStrictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createClient } from '@contactkit/8x8-connect-contacts';
import { startMock } from '@contactkit/8x8-connect-contacts/mock';

const path = '/api/v1/accounts/{accountId}/contacts/{contactId}';
const specPath = createRequire(import.meta.url).resolve('@contactkit/8x8-connect-contacts/openapi.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const documented = spec.paths[path].get.responses['200'].content['application/json'].example;

const mock = await startMock();
try {
  const client = createClient({ apiKey: 'e2e-key', baseUrl: mock.url });
  const { data, error } = await client.GET(path, {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: 41764986 } },
  });
  if (error) throw new Error(`the mock answered with an error: ${JSON.stringify(error)}`);
  deepStrictEqual(data, documented);
  console.log(`ok ${data.firstName} ${data.lastName}`);
} finally {
  await mock.stop();
}

// Never called: only here so that the type check proves a wrong body is rejected.
export function rejectsWrongBody(client: ReturnType<typeof createClient>) {
  return client.POST('/api/v1/accounts/{accountId}/contacts', {
    params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' } },
    // @ts-expect-error firstName is a string in the spec
    body: { firstName: 42, addresses: { msisdn: '16511112222' } },
  });
}
