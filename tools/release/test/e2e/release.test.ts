// What `pnpm release` put on the local registry, and what the consumer
// projects got from it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getJson } from '../../src/registry.ts';
import { e2e, nodes } from './support/matrix.ts';

describe('pnpm release, against a local registry', () => {
  it('publishes every package at the version changesets gave it', async () => {
    const { released, registryUrl } = e2e();
    const latest = await Promise.all(
      released.map(async (pkg) => {
        const document = (await getJson(new URL(pkg.name.replace('/', '%2f'), registryUrl).href)) as { 'dist-tags'?: { latest?: string } };
        return [pkg.name, document['dist-tags']?.latest];
      }),
    );
    expect(Object.fromEntries(latest)).toEqual(Object.fromEntries(released.map((pkg) => [pkg.name, pkg.version])));
  });

  it('writes the new version into each client before building it', () => {
    const clients = e2e().released.filter((pkg) => readdirSync(pkg.dir).includes('openapi.json'));
    expect(clients.length).toBeGreaterThan(0);
    for (const pkg of clients) {
      const built = readdirSync(join(pkg.dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('client.gen.js'));
      expect(built, `${pkg.name}: dist/ has no client.gen.js`).toHaveLength(1);
      expect(readFileSync(join(pkg.dir, 'dist', built[0]!), 'utf8')).toMatch(new RegExp(`version: ['"]${pkg.version.replaceAll('.', '\\.')}['"]`));
    }
  });

  it.each(e2e().projects.map((project) => [`${project.kind} (${project.manager})`, project] as const))(
    '%s installed the released version of each package it added',
    (_, project) => {
      for (const name of [...project.clients, '@contactkit/mock']) {
        const installed = JSON.parse(readFileSync(join(project.dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
        expect(installed.version, name).toBe(e2e().released.find((pkg) => pkg.name === name)?.version);
      }
    },
  );
});

describe('the Nodes the cells run on', () => {
  it.each(nodes.map((node) => [node.major, node] as const))('Node %s is the executable its cells run', (major, node) => {
    expect(execFileSync(node.path(), ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${major}\\.`));
  });
});
