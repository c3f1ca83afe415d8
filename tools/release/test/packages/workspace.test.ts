import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listApis } from '@contactkit/codegen';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from '../../src/workspace.ts';

describe('publishedPackages', () => {
  it('is the runtime, the mock and one client per API in redocly.yaml', () => {
    const names = publishedPackages().map((pkg) => pkg.name);
    const expected = ['@contactkit/runtime', '@contactkit/mock', ...listApis().map((api) => `@contactkit/${api.name}`)].sort();
    expect(names).toEqual(expected);
  });

  it('covers every folder under packages/', () => {
    const dirs = publishedPackages().map((pkg) => pkg.dir).sort();
    expect(dirs).toEqual(readdirSync(join(repoRoot, 'packages')).map((name) => join(repoRoot, 'packages', name)).sort());
  });
});
