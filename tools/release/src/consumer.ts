// A user's project in a temporary folder outside the workspace: installs a
// published client from a registry, type-checks a file that uses it and runs it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './workspace.ts';

/** The catalog's version of a dependency, so consumers use what the workspace is tested with. */
export function catalogVersion(name: string): string {
  const workspace = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { catalog: Record<string, string> };
  const version = workspace.catalog[name];
  if (!version) throw new Error(`pnpm-workspace.yaml has no catalog entry for ${name}: add one under "catalog:".`);
  return version;
}

/** How to install into a consumer project. */
export type PackageManager = 'pnpm' | 'npm';

/** Creates the project in `dir` from `fixture` (a folder with consumer.ts) and installs `dependencies`. */
export function createConsumer(
  dir: string,
  fixture: string,
  dependencies: Record<string, string>,
  manager: PackageManager,
  env: NodeJS.ProcessEnv,
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2)}\n`);
  copyFileSync(join(fixture, 'consumer.ts'), join(dir, 'consumer.ts'));
  copyFileSync(join(fixture, '..', 'tsconfig.json'), join(dir, 'tsconfig.json'));
  const args = manager === 'pnpm' ? ['install', '--reporter=append-only', '--loglevel=warn'] : ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  execFileSync(manager, args, { cwd: dir, env, stdio: 'inherit' });
}

/** Type-checks consumer.ts in strict mode and runs it, both with the Node at `node`; returns its output. */
export function checkAndRun(dir: string, node: string): string {
  execFileSync(node, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  return execFileSync(node, [join(dir, 'out/consumer.js')], { cwd: dir, encoding: 'utf8' });
}
