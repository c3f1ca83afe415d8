// A shared remote cache: what one clone builds, a fresh clone with an empty
// local cache gets from the server instead of building it again.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RemoteCache, startRemoteCache } from '../src/remote-cache.ts';
import { cleanEnv, copyRepo, run } from '../src/repo.ts';
import { dryRun, runnable, withStatus } from '../src/turbo.ts';

let cache: RemoteCache | undefined;
const clones: string[] = [];

beforeAll(async () => {
  cache = await startRemoteCache();
  const first = copyRepo('contactkit-remote-a-');
  clones.push(first);
  run(first, 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], cleanEnv(cache.env));
  clones.push(copyRepo('contactkit-remote-b-'));
});
afterAll(async () => {
  await cache?.stop();
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});

describe('shared remote cache', () => {
  it('serves every build task to a fresh clone', () => {
    const tasks = dryRun(clones[1]!, ['build'], cleanEnv(cache!.env));
    expect(runnable(tasks).length).toBeGreaterThan(0);
    expect(withStatus(tasks, 'MISS')).toEqual([]);
  });

  it('builds a fresh clone entirely from it (FULL TURBO)', () => {
    const out = run(clones[1]!, 'pnpm', ['exec', 'turbo', 'run', 'build'], cleanEnv(cache!.env));
    expect(out).toMatch(/Cached:\s+(\d+) cached, \1 total/);
    expect(out).toContain('FULL TURBO');
  });
});
