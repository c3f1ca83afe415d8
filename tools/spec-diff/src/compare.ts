import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundle } from '@contactkit/codegen/redocly';
import { maxBump } from './bump.ts';
import type { ApiDiff } from './change.ts';
import { classify } from './classify.ts';
import { existedAt, extractFolder, unchangedSince } from './git.ts';

/** The part of an API entry this tool needs: its name and spec path. */
export interface SpecEntry {
  name: string;
  specPath: string;
}

/**
 * Compares one API's spec at `base` with the working tree. Both sides are
 * bundled first, so moving a schema between files is not a change. A spec
 * folder with not a byte changed since the base is unchanged without
 * bundling (its `$ref`s stay inside the folder, as the base side's must).
 */
export function compareApi(repo: string, base: string, api: SpecEntry): ApiDiff {
  const specDir = relative(repo, dirname(api.specPath));
  if (existedAt(repo, base, specDir) && unchangedSince(repo, base, specDir)) return { api: api.name, status: 'unchanged', changes: [], bump: 'none' };
  const work = mkdtempSync(join(tmpdir(), `spec-diff-${api.name}-`));
  try {
    if (!extractFolder(repo, base, specDir, join(work, 'base'))) {
      return { api: api.name, status: 'added', changes: [{ bump: 'minor', where: 'API', what: 'new API: its spec did not exist at the base' }], bump: 'minor' };
    }
    const [before, after] = [join(work, 'base.json'), join(work, 'head.json')];
    bundle(join(work, 'base', relative(repo, api.specPath)), before);
    bundle(api.specPath, after);
    const changes = classify(before, after);
    return { api: api.name, status: changes.length ? 'changed' : 'unchanged', changes, bump: maxBump(changes.map((change) => change.bump)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Compares every API's spec at `base` with the working tree. */
export function compareApis(repo: string, base: string, apis: SpecEntry[]): ApiDiff[] {
  return apis.map((api) => compareApi(repo, base, api));
}
