// `pnpm new-api` in a temporary copy of the repo: the skeleton API it adds
// lints, builds and passes its contract tests with no other file edited.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, copyRepo, run as runIn } from '@contactkit/scale/repo';
import { afterAll, beforeAll, expect, it } from 'vitest';

const NAME = 'example-contacts';
let copy: string;

// As a developer runs it: not as CI, so the new API's first test run records
// its list of contract cases (CI refuses to write a missing one).
const { CI: _ci, ...developerEnv } = cleanEnv({ NO_COLOR: '1', REDOCLY_TELEMETRY: 'off' });
const run = (command: string, args: string[]) => runIn(copy, command, args, developerEnv);

beforeAll(() => {
  copy = copyRepo('contactkit-new-api-');
}, 180_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }), 60_000);

it('adds a skeleton API that lints, builds and passes its contract tests', () => {
  const added = run('pnpm', ['--silent', 'new-api', NAME]);
  expect(added).toContain(`specs/${NAME}/openapi.yaml (a skeleton`);
  expect(readFileSync(join(copy, 'redocly.yaml'), 'utf8')).toContain(`  ${NAME}:\n    root: specs/${NAME}/openapi.yaml`);
  for (const file of ['package.json', 'src/index.ts', 'src/mock.ts', 'test/contract.test.ts', 'turbo.json']) {
    expect(existsSync(join(copy, 'packages', NAME, file)), file).toBe(true);
  }
  expect(readFileSync(join(copy, '.changeset', `add-${NAME}.md`), 'utf8')).toContain(`"@contactkit/${NAME}": minor`);

  run('pnpm', ['install', '--offline', '--no-frozen-lockfile']);
  const output = run('pnpm', ['exec', 'turbo', 'run', 'lint', 'build', 'typecheck', 'test', `--filter=@contactkit/${NAME}`]);
  expect(output).toMatch(/Tasks:\s+(\d+) successful, \1 total/);
  expect(output).toMatch(/Tests\s+\d+ passed/);
  expect(existsSync(join(copy, 'packages', NAME, 'dist', 'index.js'))).toBe(true);
}, 300_000);
