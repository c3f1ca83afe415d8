// End to end against a throwaway repository: the base side of a multi-file
// spec is read from git, its $refs resolve, and new changesets are found.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesetsSince } from '../src/changesets.ts';
import { compareApi } from '../src/compare.ts';

const openapi = `openapi: 3.1.0
info:
  title: Demo
  version: 1.0.0
paths:
  /contact:
    $ref: paths/contact.yaml
`;
const pathItem = `get:
  operationId: getContact
  responses:
    '200':
      description: The contact.
      content:
        application/json:
          schema:
            $ref: ../components/Contact.yaml
`;
const contact = (fields: string[]) => `type: object
properties:
${fields.map((field) => `  ${field}:\n    type: string\n`).join('')}`;

let repo: string;
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'spec-diff-repo-'));
  git('init', '--quiet');
  write('specs/demo/openapi.yaml', openapi);
  write('specs/demo/paths/contact.yaml', pathItem);
  write('specs/demo/components/Contact.yaml', contact(['id', 'name']));
  write('.changeset/old.md', '---\n"@contactkit/demo": minor\n---\n\nFirst release.\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('against a git base', () => {
  it('sees a field removed in a referenced file as a major change', () => {
    write('specs/demo/components/Contact.yaml', contact(['id']));
    const diff = compareApi(repo, 'HEAD', { name: 'demo', specPath: join(repo, 'specs/demo/openapi.yaml') });
    expect(diff).toMatchObject({ status: 'changed', bump: 'major' });
    expect(diff.changes).toEqual([expect.objectContaining({ where: 'GET /contact, response 200, name', rule: 'property-removed' })]);
  });

  it('calls a spec folder unchanged since the base unchanged without bundling it', () => {
    // A $ref to nowhere: bundling would fail, so only the comparison of the files answers.
    write('specs/broken/openapi.yaml', `${openapi.replace('paths/contact.yaml', 'paths/missing.yaml')}`);
    git('add', 'specs/broken');
    git('commit', '--quiet', '-m', 'broken spec');
    const api = { name: 'broken', specPath: join(repo, 'specs/broken/openapi.yaml') };
    expect(compareApi(repo, 'HEAD', api)).toEqual({ api: 'broken', status: 'unchanged', changes: [], bump: 'none' });
    write('specs/broken/paths/new.yaml', pathItem);
    expect(() => compareApi(repo, 'HEAD', api)).toThrow();
    rmSync(join(repo, 'specs/broken/paths'), { recursive: true });
  });

  it('calls a spec that did not exist at the base a new API', () => {
    write('specs/other/openapi.yaml', openapi);
    write('specs/other/paths/contact.yaml', pathItem);
    write('specs/other/components/Contact.yaml', contact(['id']));
    expect(compareApi(repo, 'HEAD', { name: 'other', specPath: join(repo, 'specs/other/openapi.yaml') })).toMatchObject({ status: 'added', bump: 'minor' });
  });

  it('counts only the changesets written since the base', () => {
    write('.changeset/drop-name.md', '---\n"@contactkit/demo": major\n---\n\nContacts no longer have a name.\n');
    expect(changesetsSince(repo, 'HEAD')).toEqual([{ file: '.changeset/drop-name.md', releases: [{ name: '@contactkit/demo', type: 'major' }] }]);
  });
});
