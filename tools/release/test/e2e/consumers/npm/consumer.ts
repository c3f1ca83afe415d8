// A user's file: the Mintlify sandbox client, checked in strict mode, called
// against the mock of its own shipped spec. Exits non-zero on any mismatch.
import { deepStrictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createClient } from '@contactkit/mintlify-sandbox';
import { startMock } from '@contactkit/mintlify-sandbox/mock';

const specPath = createRequire(import.meta.url).resolve('@contactkit/mintlify-sandbox/openapi.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const documented = spec.paths['/contact/{id}'].get.responses['200'].content['application/json'].example;

const mock = await startMock();
try {
  const client = createClient({ token: 'e2e-token', baseUrl: mock.url });
  const { data, error } = await client.GET('/contact/{id}', {
    params: { path: { id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' } },
  });
  if (error) throw new Error(`the mock answered with an error: ${JSON.stringify(error)}`);
  deepStrictEqual(data, documented);
  console.log(`ok ${data.data?.firstname}`);
} finally {
  await mock.stop();
}

// Never called: only here so that the type check proves a wrong request is rejected.
export function rejectsWrongId(client: ReturnType<typeof createClient>) {
  // @ts-expect-error the path parameter `id` is required
  return client.GET('/contact/{id}', { params: { path: {} } });
}
