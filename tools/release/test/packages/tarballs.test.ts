import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from '../../src/build.ts';
import { pack, type Tarball, tarballManifest } from '../../src/pack.ts';
import { attw, publintMessages, unexpectedFiles } from '../../src/quality.ts';
import { publishedPackages } from '../../src/workspace.ts';

const packages = publishedPackages();
const destination = mkdtempSync(join(tmpdir(), 'contactkit-pack-'));
const tarballs = new Map<string, Tarball>();

beforeAll(() => {
  buildPackages();
  for (const pkg of packages) tarballs.set(pkg.name, pack(pkg, destination));
}, 300_000);

afterAll(() => rmSync(destination, { recursive: true, force: true }));

describe.each(packages)('$name, packed', ({ name }) => {
  const tarball = () => tarballs.get(name)!;

  it('has no publint message, suggestions included', async () => {
    expect(await publintMessages(tarball())).toEqual([]);
  });

  it('has no are-the-types-wrong problem', () => {
    const { ok, report } = attw(tarball());
    expect(ok, report).toBe(true);
  });

  it('ships only dist/, the bundled spec, README and LICENSE, and every file its exports name', () => {
    expect(unexpectedFiles(tarball())).toEqual([]);
    // Every file an `exports` condition points at, e.g. `./dist/client.gen.js`.
    const targetsOf = (entry: unknown): string[] =>
      typeof entry === 'string' ? [entry.replace(/^\.\//, '')] : Object.values((entry ?? {}) as object).flatMap(targetsOf);
    const targets = targetsOf(tarballManifest(tarball().path).exports);
    expect(targets.length).toBeGreaterThan(0);
    expect(tarball().files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', ...targets]));
  });

  it('names real versions for workspace and catalog dependencies', () => {
    const manifest = tarballManifest(tarball().path);
    const specifiers = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies });
    expect(specifiers.filter((range) => /^(workspace|catalog):/.test(range))).toEqual([]);
  });
});
