// What a package manager resolved in a consumer project, asked the way a
// user would ask it: `npm ls --all --long` or `pnpm why`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaptured, type PackageManager } from '../../../src/consumer.ts';

/** One installed copy of a package. */
export interface InstalledPackage {
  name: string;
  version: string;
  /** Its `engines.node`, when it declares one. */
  node?: string;
}

// Both answers are trees of `{ name, version, path }` objects: npm's nests
// dependencies, pnpm's lists each installed version with the chain of its
// dependents (where a repeated one has no path).
function collect(node: unknown, names: readonly string[], found: Map<string, InstalledPackage>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, names, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const { name, version, path } = node as { name?: unknown; version?: unknown; path?: unknown };
  if (typeof name === 'string' && typeof version === 'string' && names.includes(name)) {
    const key = `${name}@${version}`;
    if (!found.get(key)?.node && typeof path === 'string') {
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { engines?: { node?: string } };
      found.set(key, { name, version, ...(manifest.engines?.node ? { node: manifest.engines.node } : {}) });
    } else if (!found.has(key)) found.set(key, { name, version });
  }
  for (const value of Object.values(node)) collect(value, names, found);
}

/** Every installed copy of each of `names` in the project at `dir`, and the command that told. */
export async function resolvedPackages(
  manager: PackageManager,
  dir: string,
  names: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ command: string; installed: InstalledPackage[] }> {
  const command = manager === 'npm' ? ['npm', 'ls', ...names, '--all', '--long', '--json'] : ['pnpm', 'why', ...names, '--json'];
  const tree: unknown = JSON.parse((await runCaptured(dir, command, env)).stdout);
  const found = new Map<string, InstalledPackage>();
  collect(tree, names, found);
  return { command: command.join(' '), installed: [...found.values()] };
}

/**
 * Whether an `engines.node` range admits Node `version` (e.g. `20.19.0`).
 * Only the forms Prism's packages use are read (`>=x.y.z`, joined by `||`);
 * any other form throws, so the check never passes by misreading a range.
 */
export function admitsNode(range: string, version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return range.split('||').some((part) => {
    const match = /^\s*>=\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`engines.node "${range}" is not of the form ">=x.y.z": extend admitsNode to read it.`);
    const [least, leastMinor, leastPatch] = match.slice(1).map(Number) as [number, number, number];
    return major !== least ? major > least : minor !== leastMinor ? minor > leastMinor : patch >= leastPatch;
  });
}
