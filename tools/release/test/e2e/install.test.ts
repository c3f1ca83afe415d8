// Publishes every package to a local registry with the release script, then
// installs two clients as users would (one with pnpm, one with npm), and
// type-checks and runs a consumer of each under Node 20 and Node 24.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogVersion, checkAndRun, createConsumer, type PackageManager } from '../../src/consumer.ts';
import { e2eTools } from '../../src/e2e-tools.ts';
import { getJson, type Registry, startRegistry } from '../../src/registry.ts';
import { copyRepo } from '@contactkit/scale/repo';
import { type PublishedPackage, publishedPackages } from '../../src/workspace.ts';

const fixtures = fileURLToPath(new URL('./consumers/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'contactkit-e2e-'));
let repo: string;
let registry: Registry;
let released: PublishedPackage[];
let env: NodeJS.ProcessEnv;
let publishEnv: NodeJS.ProcessEnv;
let node24: string;

beforeAll(async () => {
  const tools = e2eTools();
  node24 = tools.node24;
  const uplink = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  registry = await startRegistry(tools.verdaccio, join(work, 'registry'), uplink);
  // Users install anonymously; only publishing uses the token.
  env = { ...process.env, npm_config_registry: registry.url, npm_config_update_notifier: 'false' };
  publishEnv = { ...env, NPM_CONFIG_USERCONFIG: registry.npmrc };
  repo = copyRepo('contactkit-e2e-repo-', { turboCache: true });
  const release = ['exec', 'tsx', 'tools/release/src/release.ts', '--skip-tests', '--no-git-tag'];
  execFileSync('pnpm', release, { cwd: repo, env: publishEnv, stdio: 'inherit' });
  released = publishedPackages(repo);
}, 900_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('pnpm release, against a local registry', () => {
  it('publishes every package at the version changesets gave it', async () => {
    const latest = await Promise.all(
      released.map(async (pkg) => {
        const document = (await getJson(new URL(pkg.name.replace('/', '%2f'), registry.url).href)) as { 'dist-tags'?: { latest?: string } };
        return [pkg.name, document['dist-tags']?.latest];
      }),
    );
    expect(Object.fromEntries(latest)).toEqual(Object.fromEntries(released.map((pkg) => [pkg.name, pkg.version])));
  });

  it('writes the new version into each client before building it', () => {
    for (const pkg of released.filter((candidate) => candidate.name !== '@contactkit/runtime')) {
      expect(readFileSync(join(pkg.dir, 'dist/client.gen.js'), 'utf8')).toContain(`version: "${pkg.version}"`);
    }
  });
});

const consumers: { manager: PackageManager; client: string }[] = [
  { manager: 'pnpm', client: '@contactkit/8x8-connect-contacts' },
  { manager: 'npm', client: '@contactkit/mintlify-sandbox' },
];

describe.each(consumers)('$client installed with $manager', ({ manager, client }) => {
  const dir = join(work, `consumer-${manager}`);

  beforeAll(() => {
    const version = released.find((pkg) => pkg.name === client)!.version;
    const dependencies = {
      [client]: version,
      '@stoplight/prism-cli': catalogVersion('@stoplight/prism-cli'),
      typescript: catalogVersion('typescript'),
      '@types/node': catalogVersion('@types/node'),
    };
    createConsumer(dir, join(fixtures, manager), dependencies, manager, env);
  }, 600_000);

  it.each([
    ['20', () => process.execPath],
    ['24', () => node24],
  ])('type-checks and gets the documented example from its mock on Node %s', (major, node) => {
    expect(execFileSync(node(), ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${major}\\.`));
    expect(checkAndRun(dir, node())).toMatch(/^ok /);
  });
});
