// The README's cheap commands, run as a reader would type them, in a fresh
// copy of the repo: each must succeed and leave what the README says it
// leaves, and together they change no committed file.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listApis } from '@contactkit/codegen';
import { cleanEnv, copyRepo, run } from '@contactkit/scale/repo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReadme, scriptsTable } from '../../src/readme.ts';
import { RUN_IN_COPY } from '../../src/runnable.ts';

const table = scriptsTable(readReadme());
const apis = listApis().map((api) => api.name);
const env = cleanEnv({ REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' });

let copy: string;
beforeAll(() => {
  copy = copyRepo('contactkit-readme-');
});
afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

/** What each command must leave behind, beyond succeeding. */
const leaves: Partial<Record<(typeof RUN_IN_COPY)[number], (dir: string) => void>> = {
  build: (dir) => {
    // Every package's main entry, as its package.json names it, is built.
    const entries = readdirSync(join(dir, 'packages'))
      .filter((name) => existsSync(join(dir, 'packages', name, 'package.json')))
      .map((name) => {
        const manifest = JSON.parse(readFileSync(join(dir, 'packages', name, 'package.json'), 'utf8')) as { exports: { '.': { default: string } } };
        return join('packages', name, manifest.exports['.'].default);
      });
    expect(entries.filter((entry) => !existsSync(join(dir, entry)))).toEqual([]);
  },
  generate: (dir) => {
    expect(run(dir, 'git', ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    for (const api of apis) expect(existsSync(join(dir, 'packages', api, 'openapi.json')), `packages/${api}/openapi.json`).toBe(true);
  },
  'spec:diff': (dir) => expect(existsSync(join(dir, 'reports', 'spec-diff.md'))).toBe(true),
  'docs:build': (dir) => {
    expect(readdirSync(join(dir, 'docs', 'dist')).sort()).toEqual([...apis.map((api) => `${api}.html`), 'index.html'].sort());
  },
};

describe('README commands in a fresh copy', () => {
  it.each(RUN_IN_COPY)('pnpm %s', (script) => {
    const row = table.find((candidate) => candidate.name === script);
    expect(row, `README.md's scripts table documents \`pnpm ${script}\``).toBeDefined();
    // Run as documented, without the optional arguments ("[base]").
    const command = row!.call.replace(/\s*\[[^\]]*\]/g, '').trim();
    expect(command, `README.md:${row!.line} shows \`${row!.call}\`, which needs arguments; it cannot run here as is`).toBe(`pnpm ${script}`);
    run(copy, 'pnpm', [script], env);
    leaves[script]?.(copy);
  }, 600_000);

  it('changes no committed file', () => {
    expect(run(copy, 'git', ['status', '--porcelain', '--untracked-files=all'])).toBe('');
  });
});
