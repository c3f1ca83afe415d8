// A throwaway copy of the repository to run turbo in, so that cache
// experiments never touch the real .turbo cache or working tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '@contactkit/codegen';

export { repoRoot };

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });

/** Environment for commands run in a copy: none of an outer turbo run's TURBO_* settings leak in. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')));
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...extra };
}

/** Runs a command in `cwd`; unless `allowFailure`, throws with its output when it fails. */
export function run(cwd: string, command: string, args: string[], env = cleanEnv(), allowFailure = false): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (allowFailure) return `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Copies the repository as a fresh clone with this change would have it (the
 * files git knows of, committed or not), commits it there on `main` so turbo
 * and changesets see a repository as in CI, and installs from the pnpm store
 * (the registry only for what the store lacks, as on a machine with an empty cache).
 * With `turboCache`, the local turbo cache comes along, so unchanged tasks
 * are restored rather than rerun.
 */
export function copyRepo(prefix = 'contactkit-copy-', { turboCache = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = git(repoRoot, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  const cache = join(repoRoot, '.turbo', 'cache');
  if (turboCache && existsSync(cache)) cpSync(cache, join(dir, '.turbo', 'cache'), { recursive: true });
  git(dir, ['init', '-q', '--initial-branch=main']);
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'user.name=copy', '-c', 'user.email=copy@localhost', 'commit', '-qm', 'copy']);
  run(dir, 'pnpm', ['install', '--prefer-offline', '--prefer-frozen-lockfile']);
  return dir;
}
