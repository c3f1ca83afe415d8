// `pnpm new-api` in a temporary copy of the repo: the skeleton API it adds
// lints, builds and passes its contract tests with no other file edited.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { afterAll, beforeAll, expect, it } from 'vitest';

const NAME = 'example-contacts';
let copy: string;

// As a developer runs it: not as CI, so the new API's first test run records
// its list of contract cases (CI refuses to write a missing one).
const { CI: _ci, ...developerEnv } = process.env;

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...developerEnv, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', TURBO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${copy}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'contactkit-new-api-'));
  // The files git knows of, committed or not, as a fresh clone with this change would have them.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) cpSync(join(repoRoot, file), join(copy, file), { recursive: true });
  run('pnpm', ['install', '--offline', '--frozen-lockfile']);
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
