// `pnpm new-api` in a temporary copy of the repo, as a developer runs it:
// - a skeleton API it adds lints, builds and passes its contract tests with
//   no other file edited;
// - each of today's APIs, removed and added again from its spec and its
//   declaration, yields a package equal to the committed one: its manifest,
//   generated sources, README, built output and API reports.
// It writes no TypeScript: every source comes from `pnpm generate`.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Api, listApis, repoRoot } from '@contactkit/codegen';
import { cleanEnv, copyRepo, run as runIn } from '@contactkit/scale/repo';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SKELETON = 'example-contacts';
const apis = listApis();
let copy: string;

// Not as CI: the new API's first test run records its list of contract cases
// (CI refuses to write a missing one).
const { CI: _ci, ...developerEnv } = cleanEnv({ NO_COLOR: '1', REDOCLY_TELEMETRY: 'off' });
const run = (command: string, args: string[]) => runIn(copy, command, args, developerEnv);

/** Every file below `dir`, relative to it, leaving out what installs and caches write. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !/(^|\/)(node_modules|\.turbo)(\/|$)/.test(file) && statSync(join(dir, file)).isFile())
    .sort();
}

/** The files new-api and the build own in a package: all but hand-written tests and what test runs write. */
const owned = (file: string) => !file.startsWith('reports/') && (!file.startsWith('test/') || file.endsWith('.gen.test.ts'));

/** The files git would add in the copy: what a command wrote. */
const untracked = () => run('git', ['ls-files', '--others', '--exclude-standard']).split('\n').filter(Boolean);

beforeAll(() => {
  copy = copyRepo('contactkit-new-api-');
  // Today's APIs leave the copy; only their specs stay.
  const config = parseDocument(readFileSync(join(copy, 'redocly.yaml'), 'utf8'));
  for (const api of apis) {
    config.deleteIn(['apis', api.name]);
    rmSync(join(copy, relative(repoRoot, api.packageDir)), { recursive: true, force: true });
  }
  writeFileSync(join(copy, 'redocly.yaml'), config.toString());
  run('git', ['add', '-A']);
  run('git', ['-c', 'user.name=copy', '-c', 'user.email=copy@localhost', 'commit', '-qm', 'without the APIs']);
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }), 60_000);

const declarationArgs = (api: Api) => [
  '--display-name',
  api.client.displayName,
  ...Object.entries(api.client.credentials).flatMap(([scheme, option]) => ['--credential', `${scheme}=${option}`]),
];

it('adds every API, and a skeleton, writing no TypeScript', () => {
  const added = run('pnpm', ['--silent', 'new-api', SKELETON]);
  expect(added).toContain(`specs/${SKELETON}/openapi.yaml (a skeleton`);
  for (const api of apis) run('pnpm', ['--silent', 'new-api', api.name, ...declarationArgs(api)]);
  const written = untracked();
  expect(written.filter((file) => file.endsWith('.ts'))).toEqual([]);
  expect(written).toEqual(expect.arrayContaining([`packages/${SKELETON}/package.json`, `.changeset/add-${SKELETON}.md`]));
  expect(readFileSync(join(copy, 'redocly.yaml'), 'utf8')).toContain(`  ${SKELETON}:\n    root: specs/${SKELETON}/openapi.yaml`);

  // Versions are what changesets gave each package, not new-api's.
  for (const api of apis) {
    const manifest = (dir: string) => join(dir, relative(repoRoot, api.packageDir), 'package.json');
    const fresh = JSON.parse(readFileSync(manifest(copy), 'utf8'));
    fresh.version = JSON.parse(readFileSync(manifest(repoRoot), 'utf8')).version;
    writeFileSync(manifest(copy), `${JSON.stringify(fresh, null, 2)}\n`);
  }
  run('pnpm', ['install', '--prefer-offline']);
}, 300_000);

it('builds a skeleton API that lints and passes its contract tests', () => {
  const output = run('pnpm', ['exec', 'turbo', 'run', 'lint', 'build', 'typecheck', 'test', `--filter=@contactkit/${SKELETON}`]);
  expect(output).toMatch(/Tasks:\s+(\d+) successful, \1 total/);
  expect(output).toMatch(/Tests\s+\d+ passed/);
  expect(existsSync(join(copy, 'packages', SKELETON, 'dist', 'client.gen.js'))).toBe(true);
}, 600_000);

describe("today's APIs, added again", () => {
  beforeAll(() => {
    // Built output as `pnpm build` writes it, and the API reports of every published package.
    run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
    run('pnpm', ['--silent', 'api:report']);
  }, 600_000);

  it.each(apis.map((api) => ({ api, name: api.name })))('$name equals the committed package, built output and API reports included', ({ api }) => {
    const dir = relative(repoRoot, api.packageDir);
    const committed = filesBelow(join(repoRoot, dir)).filter(owned);
    const fresh = filesBelow(join(copy, dir)).filter(owned);
    expect(fresh).toEqual(committed);
    const differing = fresh.filter((file) => readFileSync(join(copy, dir, file), 'utf8') !== readFileSync(join(repoRoot, dir, file), 'utf8'));
    expect(differing).toEqual([]);
    expect(committed).toEqual(expect.arrayContaining(['dist/client.gen.js', 'README.md', `api/${api.name}.api.md`]));
  });
});
