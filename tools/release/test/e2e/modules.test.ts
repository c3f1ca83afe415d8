// A user's code loads the client as an ES module and with require(), and its
// types resolve under both `moduleResolution` settings users pick: each file
// in consumers/one-client, run or checked by the Node under test.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleApi, serveExamples } from './support/example-api.ts';
import { managers, nodes, project, runWith } from './support/matrix.ts';
import { documentedExample, installedSpecPath } from './support/spec.ts';

const client = '@contactkit/8x8-connect-contacts';
const api = '8x8-connect-contacts';
const contactPath = '/api/v1/accounts/{accountId}/contacts/{contactId}';

const cells = managers.flatMap((manager) => nodes.map((node) => [`one client (${client}) installed with ${manager}, on Node ${node.major}`, manager, node] as const));

// Concurrent: the type checks are CPU-bound and each takes seconds.
describe.concurrent.each(cells)('%s', (_, manager, node) => {
  const dir = () => project('one-client', manager).dir;
  let server: ExampleApi;

  beforeAll(async () => {
    server = await serveExamples({ [api]: installedSpecPath(dir(), client) });
  });
  afterAll(() => server?.close());

  it.each(['esm.mjs', 'require.cjs'])('node %s gets the documented contact over HTTP, printing no warning', async (file) => {
    const { stdout, stderr } = await runWith(node, dir(), [file], { BASE_URL: server.baseUrl(api) });
    expect(JSON.parse(stdout)).toEqual(documentedExample(dir(), client, 'GET', contactPath));
    expect(stderr).toBe('');
    expect(server.received).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        path: '/api/v1/accounts/0f8fad5b-d9cb-469f-a165-70867728950e/contacts/41764986',
        headers: expect.objectContaining({ authorization: 'Bearer e2e-key' }),
      }),
    );
  });

  it.each([
    ['nodenext', 'tsconfig.nodenext.json', 'types.ts and types.cts'],
    ['bundler', 'tsconfig.bundler.json', 'types.ts and msw-types.ts'],
  ])('moduleResolution %s: tsc --noEmit -p %s accepts %s and needs every @ts-expect-error', async (_, tsconfig) => {
    const { stdout } = await runWith(node, dir(), [join(dir(), 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', tsconfig]);
    expect(stdout).toBe('');
  });
});
