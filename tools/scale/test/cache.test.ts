// Turbo's cache is exact: a no-op run hits everything, a spec edit misses only
// its API's tasks (and what depends on them), a test edit misses no build.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, run } from '../src/repo.ts';
import { editDescription } from '../src/specs.ts';
import { dryRun, runnable, withDependents, withStatus } from '../src/turbo.ts';

const TASKS = ['lint', 'generate', 'build', 'typecheck', 'test', 'test:package'];
const API = 'mintlify-sandbox';
const OTHER_APIS = ['8x8-connect-contacts', '8x8-directory-contacts', 'rocketchat-omnichannel'];

let dir: string;
// Tasks whose real run failed: never cached, so always MISS. Timing-sensitive
// tests of other packages can fail on a loaded machine; that is their test's
// business, not this one's, so they are named in the output and set aside.
let failed: string[] = [];
beforeAll(() => {
  dir = copyRepo();
  const out = run(dir, 'pnpm', ['exec', 'turbo', 'run', ...TASKS, '--continue', '--output-logs=errors-only'], undefined, true);
  failed = (out.match(/^\s*Failed:\s+(.+)$/m)?.[1] ?? '').split(',').map((id) => id.trim()).filter(Boolean).sort();
  if (failed.length) console.warn(`Failed in the real run, so left out of the checks: ${failed.join(', ')}`);
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Applies `edit` to a file of the copy for the length of `check`, then puts the file back. */
function withEdit<T>(file: string, edit: (path: string) => void, check: () => T): T {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  edit(path);
  try {
    return check();
  } finally {
    writeFileSync(path, original);
  }
}

describe('turbo cache', () => {
  it('hits every task when nothing changed', () => {
    expect(withStatus(dryRun(dir, TASKS), 'MISS')).toEqual(failed);
    expect(withStatus(dryRun(dir, ['build']), 'MISS')).toEqual([]);
  });

  it(`misses only ${API}'s tasks, and what depends on them, when its spec changes`, () => {
    const spec = `specs/${API}/openapi.yaml`;
    const tasks = withEdit(spec, (path) => editDescription(path, 'Edited by the cache test.'), () => dryRun(dir, TASKS));
    const readers = runnable(tasks).filter((task) => task.inputs.includes(spec));
    // Only the API's own package and tools that check every spec may read it.
    expect(readers.map((task) => task.package).filter((name) => !name.startsWith('@contactkit/') || OTHER_APIS.some((api) => name === `@contactkit/${api}`))).toEqual([]);
    const expected = withDependents(tasks, readers.map((task) => task.taskId));
    expect(withStatus(tasks, 'MISS').filter((id) => !failed.includes(id))).toEqual(expected.filter((id) => !failed.includes(id)));
    expect(withStatus(tasks, 'MISS')).toEqual(expect.arrayContaining(TASKS.map((task) => `@contactkit/${API}#${task}`)));
    const others = runnable(tasks).filter((task) => OTHER_APIS.some((api) => task.package === `@contactkit/${api}`));
    expect(others.length).toBe(OTHER_APIS.length * TASKS.length);
    expect(others.filter((task) => task.status !== 'HIT').map((task) => task.taskId)).toEqual([]);
  });

  it('misses only the typecheck and test of a package whose test changed, no build', () => {
    const file = 'packages/8x8-connect-contacts/test/contract.test.ts';
    const tasks = withEdit(file, (path) => appendFileSync(path, '// edited by the cache test\n'), () => dryRun(dir, TASKS));
    const changed = ['@contactkit/8x8-connect-contacts#test', '@contactkit/8x8-connect-contacts#typecheck'];
    expect(withStatus(tasks, 'MISS').filter((id) => !failed.includes(id))).toEqual(changed.filter((id) => !failed.includes(id)));
    expect(runnable(tasks).filter((task) => task.task === 'build' && task.status === 'MISS')).toEqual([]);
  });
});
