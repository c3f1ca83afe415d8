// Opt-in request validation from a client's `/validation` entry, as a user's
// file (consumers/one-client/validation.mjs) uses it on the Node under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleApi, serveExamples } from './support/example-api.ts';
import { managers, nodes, project, runWith } from './support/matrix.ts';
import { installedSpecPath } from './support/spec.ts';

const client = '@contactkit/8x8-connect-contacts';
const api = '8x8-connect-contacts';
const cells = managers.flatMap((manager) => nodes.map((node) => [`${client}/validation installed with ${manager}, on Node ${node.major}`, manager, node] as const));

describe.each(cells)('%s', (_, manager, node) => {
  const dir = () => project('one-client', manager).dir;
  let server: ExampleApi;

  beforeAll(async () => {
    server = await serveExamples({ [api]: installedSpecPath(dir(), client) });
  });
  afterAll(() => server?.close());

  it('client.use(requestValidation()) refuses country "USA" with a ValidationError naming body.country, unsent, and sends "US"', async () => {
    const { stdout } = await runWith(node, dir(), ['validation.mjs'], { BASE_URL: server.baseUrl(api) });
    const outcome = JSON.parse(stdout) as { invalid: { name: string; message: string; issues: unknown[] } | 'sent'; valid: unknown };
    expect(outcome.invalid).toMatchObject({
      name: 'ValidationError',
      issues: [{ at: 'body.country', rule: 'maxLength' }],
    });
    expect(outcome.invalid !== 'sent' && outcome.invalid.message).toContain('body.country');
    expect(outcome.valid).toBe('sent');
    // Only the valid request reached the API.
    expect(server.received.map(({ method, body }) => [method, JSON.parse(body).country])).toEqual([['POST', 'US']]);
  });
});
