import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

function git(repo: string, args: string[], input?: Buffer) {
  return spawnSync('git', args, { cwd: repo, input, maxBuffer: 256 * 1024 * 1024 });
}

/**
 * The commit to compare against: where HEAD left `main`, or HEAD itself when
 * there is no `main` to meet (a fresh clone of a branch, a detached CI checkout).
 */
export function defaultBase(repo: string): string {
  const mergeBase = git(repo, ['merge-base', 'HEAD', 'main']);
  return mergeBase.status === 0 ? mergeBase.stdout.toString().trim() : 'HEAD';
}

/** Fails with a clear message when `ref` names no commit. */
export function assertCommit(repo: string, ref: string): void {
  if (git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).status !== 0) {
    throw new Error(`"${ref}" is not a commit in ${repo}; pass a branch, tag or commit as the base (e.g. main).`);
  }
}

/** Whether the folder (or file) `dir`, relative to the repo, existed at `ref`. */
export function existedAt(repo: string, ref: string, dir: string): boolean {
  return git(repo, ['cat-file', '-e', `${ref}:${dir}`]).status === 0;
}

/**
 * Writes the folder `dir` (relative to the repo) as it was at `ref` into
 * `dest`, keeping its layout so relative `$ref`s still resolve.
 * Returns false when the folder did not exist at `ref`.
 */
export function extractFolder(repo: string, ref: string, dir: string, dest: string): boolean {
  if (!existedAt(repo, ref, dir)) return false;
  const archive = git(repo, ['archive', '--format=tar', ref, '--', dir]);
  if (archive.status !== 0) throw new Error(`git archive ${ref} -- ${dir} failed: ${archive.stderr.toString()}`);
  mkdirSync(dest, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`could not unpack ${dir} at ${ref}: ${untar.stderr.toString()}`);
  return true;
}

/**
 * Whether the folder `dir` in the working tree is just as it was at `ref`:
 * no tracked file in it added, changed or removed (staged or not), and no
 * untracked file.
 */
export function unchangedSince(repo: string, ref: string, dir: string): boolean {
  const diff = git(repo, ['diff', '--quiet', ref, '--', dir]);
  if (diff.status === 1) return false;
  if (diff.status !== 0) throw new Error(`git could not compare ${dir} with ${ref}: ${diff.stderr.toString()}`);
  const untracked = git(repo, ['ls-files', '--others', '--exclude-standard', '--', dir]);
  if (untracked.status !== 0) throw new Error(`git could not list the new files under ${dir}: ${untracked.stderr.toString()}`);
  return untracked.stdout.toString().trim() === '';
}

/**
 * Files under `dir` added or changed since `ref`, in the working tree,
 * untracked ones included (a new changeset is usually not committed yet).
 */
export function changedSince(repo: string, ref: string, dir: string): string[] {
  const tracked = git(repo, ['diff', '--name-only', '--diff-filter=AMR', ref, '--', dir]);
  const untracked = git(repo, ['ls-files', '--others', '--exclude-standard', '--', dir]);
  for (const result of [tracked, untracked]) {
    if (result.status !== 0) throw new Error(`git could not list the changes under ${dir}: ${result.stderr.toString()}`);
  }
  const names = `${tracked.stdout.toString()}\n${untracked.stdout.toString()}`.split('\n').filter(Boolean);
  return [...new Set(names)];
}
