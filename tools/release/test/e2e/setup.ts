// Global setup of `pnpm test:e2e` in this package, run once for every test
// file: starts a local Verdaccio, releases a copy of the repository to it with
// the release script, and installs each consumer project of the matrix as the
// README tells users to (the clients, then `@contactkit/mock`, with msw and
// openapi-msw where the project uses msw, as dev dependencies), in temporary
// folders outside the workspace.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyRepo } from '@contactkit/scale/repo';
import { catalogVersion, createProject, runCaptured, userEnv } from '../../src/consumer.ts';
import { e2eTools } from '../../src/e2e-tools.ts';
import { type Registry, startRegistry } from '../../src/registry.ts';
import { publishedPackages } from '../../src/workspace.ts';
import { type E2eContext, fixtures, installCommands, managers, type Project, projectKinds } from './support/matrix.ts';

// Both package managers' installs at once: they wait on the registry more than
// on the CPU, so two in parallel take little longer than one.
const PARALLEL_INSTALLS = 2;

async function installProject(project: Project, env: Record<string, string>): Promise<void> {
  for (const command of installCommands(project, project.manager)) {
    const { output } = await timed(`${project.kind}: ${command.join(' ')}`, () => runCaptured(project.dir, command, env));
    project.installs.push({ command: command.join(' '), output });
  }
}

/** Runs `work`, then logs how long it took, so a slow run shows where the time went. */
async function timed<T>(what: string, work: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'contactkit-e2e-'));
  let registry: Registry | undefined;
  let repo: string | undefined;
  const teardown = () =>
    timed('teardown (registry stopped, temporary folders removed)', async () => {
      await registry?.stop();
      await Promise.all([work, repo].map((dir) => dir && rm(dir, { recursive: true, force: true })));
    });
  try {
    const tools = await timed('e2e tools (Verdaccio, Node 24)', e2eTools);
    const uplink = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
    registry = await startRegistry(tools.verdaccio, join(work, 'registry'), uplink);
    // Users install anonymously; only publishing uses the token.
    const env = userEnv({ npm_config_registry: registry.url, npm_config_update_notifier: 'false' });
    repo = await timed('copy of the repository', () => copyRepo('contactkit-e2e-repo-', { turboCache: true }));
    const release = ['exec', 'tsx', 'tools/release/src/release.ts', '--skip-tests', '--no-git-tag'];
    const publishEnv = { ...env, NPM_CONFIG_USERCONFIG: registry.npmrc };
    const copy = repo;
    await timed('release', () => execFileSync('pnpm', release, { cwd: copy, env: publishEnv, stdio: 'inherit' }));

    // Ordered so that the two installs running at once are one npm and one pnpm.
    const projects: Project[] = projectKinds.flatMap((kind) =>
      managers.map((manager) => {
        const dir = join(work, `${kind.name}-${manager}`);
        createProject(dir, join(fixtures, kind.name), Object.fromEntries(kind.devDependencies.map((name) => [name, catalogVersion(name)])));
        return { kind: kind.name, manager, dir, clients: kind.clients, mockPackages: kind.mockPackages, installs: [] };
      }),
    );
    await timed('consumer installs', () => inPool(projects, PARALLEL_INSTALLS, (project) => installProject(project, env)));

    const context: E2eContext = {
      registryUrl: registry.url,
      repo,
      released: publishedPackages(repo),
      node24: tools.node24,
      projects,
      env,
    };
    provide('e2e', context);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
