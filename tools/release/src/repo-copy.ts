// A working copy of the repository in a temporary folder, for steps that
// rewrite files (`changeset version`) and must never touch the real tree.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './workspace.ts';

/** Copies the files git would commit (tracked, and new ones not ignored) to `dest`, then installs. */
export function copyRepo(dest: string): void {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of out.split('\0').filter(Boolean)) {
    const from = join(repoRoot, file);
    if (existsSync(from)) cpSync(from, join(dest, file), { recursive: true });
  }
  // Turbo's local cache, so that unchanged tasks are restored, not rerun.
  const cache = join(repoRoot, '.turbo', 'cache');
  if (existsSync(cache)) cpSync(cache, join(dest, '.turbo', 'cache'), { recursive: true });
  // A fresh repository without history: turbo and changesets look for one,
  // and a release from a clean tree needs nothing more.
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: dest });
  execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], { cwd: dest, stdio: 'inherit' });
}
