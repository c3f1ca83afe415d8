// Builds the published packages through turbo, so an unchanged tree is a
// cache hit. Run before anything reads dist/ (tarballs, API reports).
import { execFileSync } from 'node:child_process';
import { type PublishedPackage, publishedPackages, repoRoot } from './workspace.ts';

/** `turbo run build` for the published packages under `root` (and what they depend on). */
export function buildPackages(root = repoRoot, packages: PublishedPackage[] = publishedPackages(root)): void {
  const filters = packages.map((pkg) => `--filter=${pkg.name}`);
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
