// One published package, as it would be released: its packed tarball, its
// committed API reports and, for a client, its bundle size. Run by the
// package's `test:package` script, which turbo runs after the package's build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReports } from '../../src/api-report.ts';
import { pack, type Tarball, tarballManifest } from '../../src/pack.ts';
import { attw, publintMessages, unexpectedFiles } from '../../src/quality.ts';
import { measure, sizeChecksOf } from '../../src/size.ts';
import { type PublishedPackage, repoRoot } from '../../src/workspace.ts';

function packageUnderTest(): PublishedPackage {
  const dir = process.env.CONTACTKIT_PACKAGE_DIR;
  const manifestPath = dir && join(dir, 'package.json');
  const manifest = manifestPath && existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; version?: string; private?: boolean }) : undefined;
  if (!dir || !manifest?.name || manifest.private) {
    throw new Error(`${dir ?? 'this folder'} is not a published package: run a package's checks through turbo, e.g. \`pnpm exec turbo run test:package --filter=@contactkit/runtime\`.`);
  }
  if (!existsSync(join(dir, 'dist'))) {
    throw new Error(`${relative(repoRoot, dir)}/dist is missing: run the checks through turbo (\`pnpm exec turbo run test:package\`), which builds first.`);
  }
  return { name: manifest.name, version: manifest.version ?? '0.0.0', dir };
}

const pkg = packageUnderTest();
const sizeChecks = await sizeChecksOf(pkg.name);
const destination = mkdtempSync(join(tmpdir(), 'contactkit-pack-'));
let tarball: Tarball;

beforeAll(() => {
  tarball = pack(pkg, destination);
});

afterAll(() => rmSync(destination, { recursive: true, force: true }));

describe(`${pkg.name}, packed`, () => {
  it('has no publint message, suggestions included', async () => {
    expect(await publintMessages(tarball)).toEqual([]);
  });

  it('has no are-the-types-wrong problem', () => {
    const { ok, report } = attw(tarball);
    expect(ok, report).toBe(true);
  });

  it('ships only dist/, the bundled spec, README and LICENSE, and every file its exports name', () => {
    expect(unexpectedFiles(tarball)).toEqual([]);
    // Every file an `exports` condition points at, e.g. `./dist/client.gen.js`.
    const targetsOf = (entry: unknown): string[] =>
      typeof entry === 'string' ? [entry.replace(/^\.\//, '')] : Object.values((entry ?? {}) as object).flatMap(targetsOf);
    const targets = targetsOf(tarballManifest(tarball.path).exports);
    expect(targets.length).toBeGreaterThan(0);
    expect(tarball.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', ...targets]));
  });

  it('names real versions for workspace and catalog dependencies', () => {
    const manifest = tarballManifest(tarball.path);
    const specifiers = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies });
    expect(specifiers.filter((range) => /^(workspace|catalog):/.test(range))).toEqual([]);
  });
});

describe(pkg.name, () => {
  it('has committed API reports that match its built declarations', () => {
    const { stale, problems } = staleReports(pkg);
    expect(problems).toEqual([]);
    const hint = `the public API changed: run \`pnpm api:report\` and commit ${relative(repoRoot, pkg.dir)}/api/`;
    expect(stale, hint).toEqual([]);
  });

  it.skipIf(!sizeChecks.length)('stays within the bundle size that .size-limit.js sets for it', () => {
    for (const result of measure(sizeChecks)) {
      const over = `${result.name} is ${result.size} B gzipped, over its limit of ${result.sizeLimit} B in .size-limit.js: make it smaller, or raise the limit there and say why`;
      expect(result.passed, over).toBe(true);
    }
  });
});
