import { spawnSync } from 'node:child_process';
import { listApis, repoRoot } from '@contactkit/codegen';
import type { ApiDiff } from './change.ts';
import { compareApis } from './compare.ts';
import { assertCommit, defaultBase } from './git.ts';

/** The base named on the command line (or the default one) and every API's diff against it. */
export function diffFromArgs(argv: string[]): { base: string; label: string; diffs: ApiDiff[] } {
  const base = argv[0] ?? defaultBase(repoRoot);
  assertCommit(repoRoot, base);
  const sha = spawnSync('git', ['rev-parse', '--short', base], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const named = argv[0] ?? 'merge-base of HEAD and main';
  const label = sha && sha !== named ? `${named} (${sha})` : named;
  return { base, label, diffs: compareApis(repoRoot, base, listApis()) };
}
