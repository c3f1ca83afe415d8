// The msw handlers from a client's `/msw` entry, as the README's "with msw"
// section has users install and start them (consumers/one-client/msw.mjs),
// on the Node under test. Their types are checked with the project's other
// TypeScript files (modules.test.ts, tsconfig.bundler.json).
import { describe, expect, it } from 'vitest';
import { catalogVersion } from '../../src/consumer.ts';
import { e2e, managers, nodes, project, runWith } from './support/matrix.ts';
import { resolvedPackages } from './support/resolved.ts';
import { documentedExample } from './support/spec.ts';

const client = '@contactkit/8x8-connect-contacts';
const contactPath = '/api/v1/accounts/{accountId}/contacts/{contactId}';
const MSW = ['msw', 'openapi-msw'];

describe.each(managers)(`${client}/msw installed with %s`, (manager) => {
  const dir = () => project('one-client', manager).dir;

  it(`${MSW.join(' and ')} are installed once each, at the catalog's versions`, async () => {
    const { command, installed } = await resolvedPackages(manager, dir(), MSW, e2e().env);
    expect(installed.map(({ name, version }) => `${name}@${version}`).sort(), command).toEqual(MSW.map((name) => `${name}@${catalogVersion(name)}`));
  });

  it.each(nodes.map((node) => [node.major, node] as const))(
    'on Node %s, node msw.mjs: setupServer(...handlers()) answers the client with the documented contact, and with 401 without credentials',
    async (_, node) => {
      const { stdout, stderr } = await runWith(node, dir(), ['msw.mjs']);
      const result = JSON.parse(stdout) as { data: unknown; withoutCredentials: { status: number; error: unknown } };
      expect(result.data).toEqual(documentedExample(dir(), client, 'GET', contactPath));
      expect(result.withoutCredentials).toMatchObject({ status: 401, error: { status: 401 } });
      expect(stderr).toBe('');
    },
  );
});
