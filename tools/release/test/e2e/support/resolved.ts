// What a package manager resolved in a consumer project, asked the way a
// user would ask it: `npm ls --all` or `pnpm why`.
import { runCaptured, type PackageManager } from '../../../src/consumer.ts';

// npm ls nests packages by name (`dependencies: { "<name>": { version } }`);
// pnpm why lists each installed version with the chain of its dependents
// (`{ name, version, dependents: [...] }`). Both shapes are walked.
function collect(node: unknown, names: readonly string[], found: Map<string, Set<string>>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, names, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const { name, version } = node as { name?: unknown; version?: unknown };
  if (typeof name === 'string' && typeof version === 'string' && names.includes(name)) found.get(name)!.add(version);
  for (const [key, value] of Object.entries(node)) {
    const nested = (value as { version?: unknown } | null)?.version;
    if (names.includes(key) && typeof nested === 'string') found.get(key)!.add(nested);
    collect(value, names, found);
  }
}

/** Every version of each of `names` installed in the project at `dir`, sorted, and the command that told. */
export async function resolvedVersions(
  manager: PackageManager,
  dir: string,
  names: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ command: string; versions: Record<string, string[]> }> {
  const command = manager === 'npm' ? ['npm', 'ls', ...names, '--all', '--json'] : ['pnpm', 'why', ...names, '--json'];
  const tree: unknown = JSON.parse((await runCaptured(dir, command, env)).stdout);
  const found = new Map(names.map((name) => [name, new Set<string>()]));
  collect(tree, names, found);
  return { command: command.join(' '), versions: Object.fromEntries([...found].map(([name, versions]) => [name, [...versions].sort()])) };
}
