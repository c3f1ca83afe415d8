// Mocks as the README tells users to run them, after `pnpm add -D
// @contactkit/mock` (or `npm i -D`; with msw and openapi-msw for the msw
// handlers, checked in msw.test.ts): a client's startMock(), and the one
// `contactkit-mock` bin serving every installed client. Also what the
// installs printed and which Prism releases they resolved.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PackageManager, warningLines } from '../../src/consumer.ts';
import { e2e, envWith, installCommands, managers, nodes, project, projectKinds, runWith } from './support/matrix.ts';
import { freePorts, startMockCommand } from './support/mock-bin.ts';
import { admitsNode, resolvedPackages } from './support/resolved.ts';
import { documentedExample } from './support/spec.ts';

const PRISM = ['@stoplight/prism-core', '@stoplight/prism-http', '@stoplight/prism-http-server'];
// The oldest Node the packages support (their engines field): Prism's releases must run on it.
const NODE_FLOOR = '20.19.0';

// One operation per project to call through the bin: a GET whose documented example the mock answers with.
const probes = {
  'one-client': {
    client: '@contactkit/8x8-connect-contacts',
    template: '/api/v1/accounts/{accountId}/contacts/{contactId}',
    path: '/api/v1/accounts/0f8fad5b-d9cb-469f-a165-70867728950e/contacts/41764986',
    headers: { authorization: 'Bearer e2e-key' },
  },
  'three-clients': {
    client: '@contactkit/mintlify-sandbox',
    template: '/contacts/{id}',
    path: '/contacts/550e8400-e29b-41d4-a716-446655440000',
    headers: { authorization: 'Bearer e2e-token' },
  },
} as const;

const binCommand: Record<PackageManager, string[]> = {
  npm: ['npx', 'contactkit-mock'],
  pnpm: ['pnpm', 'exec', 'contactkit-mock'],
};

const apiName = (client: string) => client.replace('@contactkit/', '');

/** A command as a user types it: without the flags that only quieten it. */
const typed = (command: string[]) => command.filter((arg) => !['--no-audit', '--no-fund', '--reporter=append-only'].includes(arg)).join(' ');

const cells = projectKinds.flatMap((kind) =>
  managers.map((manager) => [`${kind.name} (${kind.clients.map(apiName).join(', ')}) installed with ${manager}`, kind, manager] as const),
);

describe.each(cells)('%s', (_, kind, manager) => {
  const dir = () => project(kind.name, manager).dir;
  const installs = installCommands(kind, manager);

  it(`\`${installs.map(typed).join('` then `')}\` printed no warning (engine, peer, bin or other)`, () => {
    for (const { command, output } of project(kind.name, manager).installs) expect(warningLines(output), `${command} printed:\n${output}`).toEqual([]);
  });

  it('only @contactkit/mock declares a bin (contactkit-mock), so no two packages collide', () => {
    const scope = join(dir(), 'node_modules/@contactkit');
    const bins = readdirSync(scope).flatMap((name) => {
      const { bin } = JSON.parse(readFileSync(join(scope, name, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
      return Object.keys(typeof bin === 'string' ? { [name]: bin } : (bin ?? {})).map((command) => `@contactkit/${name}: ${command}`);
    });
    expect(bins).toEqual(['@contactkit/mock: contactkit-mock']);
  });

  it(`${manager === 'npm' ? 'npm ls --all' : 'pnpm why'} finds Prism's packages only at the releases @contactkit/mock pins, each admitting Node ${NODE_FLOOR}`, async () => {
    const mockManifest = JSON.parse(readFileSync(join(dir(), 'node_modules/@contactkit/mock/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const { command, installed } = await resolvedPackages(manager, dir(), PRISM, e2e().env);
    console.log(`${kind.name} (${manager}): ${command} → ${installed.map(({ name, version, node }) => `${name}@${version} (engines.node ${node ?? 'any'})`).join(', ')}`);
    expect(installed.map(({ name, version }) => `${name}@${version}`).sort()).toEqual(PRISM.map((name) => `${name}@${mockManifest.dependencies[name]}`).sort());
    for (const { name, version, node } of installed) expect(node === undefined || admitsNode(node, NODE_FLOOR), `${name}@${version} needs Node ${node}`).toBe(true);
  });

  describe.each(nodes.map((node) => [`on Node ${node.major}`, node] as const))('%s', (__, node) => {
    const bin = [...binCommand[manager], '--port', '<first free port>'].join(' ');
    const apis = kind.clients.map(apiName);
    const probe = probes[kind.name];

    if (kind.name === 'one-client') {
      it(`node mock.mjs: startMock() from ${probe.client}/mock serves the documented contact on a loopback port`, async () => {
        const { stdout } = await runWith(node, dir(), ['mock.mjs']);
        const result = JSON.parse(stdout) as { url: string; operations: string[]; data: unknown };
        expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(result.operations).toContain(`GET ${probe.template}`);
        expect(result.data).toEqual(documentedExample(dir(), probe.client, 'GET', probe.template));
      });
    }

    it(`${bin} lists ${apis.join(', ')} with their URLs, answers GET ${probe.template}, and stops on Ctrl-C (SIGINT)`, async () => {
      const env = envWith(node);
      const first = await freePorts(apis.length);
      const running = await startMockCommand([...binCommand[manager], '--port', String(first)], dir(), env, apis);
      const url = `${running.urls[apiName(probe.client)]}${probe.path}`;
      try {
        expect(Object.values(running.urls).sort()).toEqual(apis.map((_, index) => `http://127.0.0.1:${first + index}`).sort());
        // Each process of the command that is a Node is the Node under test.
        const candidates = new Set(nodes.map((candidate) => realpathSync(candidate.path())));
        expect(new Set(running.executables().filter((exe) => candidates.has(exe)))).toEqual(new Set([realpathSync(node.path())]));
        const response = await fetch(url, { headers: probe.headers });
        expect(response.status, running.output()).toBe(200);
        expect(await response.json()).toEqual(documentedExample(dir(), probe.client, 'GET', probe.template));
      } finally {
        await running.interrupt();
      }
      await expect(fetch(url), 'the mock still answers after SIGINT').rejects.toThrow();
    });
  });
});
