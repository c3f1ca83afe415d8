// The packages this repository publishes, as pnpm sees the workspace: every
// project that is not private. Nothing here keeps its own list of them.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** One publishable workspace package. */
export interface PublishedPackage {
  name: string;
  version: string;
  /** Absolute path of the package folder. */
  dir: string;
}

interface PnpmProject {
  name?: string;
  version?: string;
  path: string;
  private?: boolean;
}

/** Every non-private workspace package under `root`, sorted by name. */
export function publishedPackages(root = repoRoot): PublishedPackage[] {
  const out = execFileSync('pnpm', ['-r', 'ls', '--json', '--depth', '-1'], { cwd: root, encoding: 'utf8' });
  const projects = JSON.parse(out) as PnpmProject[];
  return projects
    .filter((project) => !project.private && project.name && project.path !== resolve(root))
    .map((project) => ({ name: project.name!, version: project.version ?? '0.0.0', dir: project.path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** pnpm `--filter` arguments selecting exactly the published packages. */
export function filterArgs(packages: PublishedPackage[]): string[] {
  return packages.flatMap((pkg) => ['--filter', pkg.name]);
}
