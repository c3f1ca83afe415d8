import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listApis } from '@contactkit/codegen';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from '../../src/workspace.ts';

const packages = publishedPackages();

describe('publishedPackages', () => {
  it('is the runtime, the mock and one client per API in redocly.yaml', () => {
    const names = packages.map((pkg) => pkg.name);
    const expected = ['@contactkit/runtime', '@contactkit/mock', ...listApis().map((api) => `@contactkit/${api.name}`)].sort();
    expect(names).toEqual(expected);
  });

  it('gives every one the `test:package` script that runs its release checks', () => {
    const script = 'vitest run --config ../../tools/release/vitest.package.config.ts';
    const missing = packages.filter((pkg) => {
      const { scripts } = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
      return scripts?.['test:package'] !== script;
    });
    const hint = `without it turbo skips the package's tarball, API report and size checks: add "test:package": "${script}" to its package.json`;
    expect(missing.map((pkg) => pkg.name), hint).toEqual([]);
  });

  it('covers every folder under packages/', () => {
    const dirs = packages.map((pkg) => pkg.dir).sort();
    expect(dirs).toEqual(readdirSync(join(repoRoot, 'packages')).map((name) => join(repoRoot, 'packages', name)).sort());
  });
});
