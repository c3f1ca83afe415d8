import { describe, expect, it } from 'vitest';
import type { ApiDiff } from '../src/change.ts';
import { parseChangesetText } from '../src/changesets.ts';
import { checkChangesets } from '../src/check.ts';

const removedOperation: ApiDiff = {
  api: 'mintlify-sandbox',
  status: 'changed',
  bump: 'major',
  changes: [{ bump: 'major', where: 'GET /contact/{id}', what: 'Operation `GET /contact/{id}` was removed.', rule: 'operation-removed' }],
};
const addedField: ApiDiff = {
  api: '8x8-connect-contacts',
  status: 'changed',
  bump: 'minor',
  changes: [{ bump: 'minor', where: 'POST /contacts, request body, nickname', what: 'added' }],
};
const unchanged: ApiDiff = { api: 'rocketchat-omnichannel', status: 'unchanged', bump: 'none', changes: [] };

const changeset = (file: string, frontMatter: string) => parseChangesetText(file, `---\n${frontMatter}\n---\n\nWhat changed.\n`);

describe('checkChangesets', () => {
  it('fails a breaking change with no changeset, naming the API, the change and the fix', () => {
    const [failure, ...rest] = checkChangesets([removedOperation], []);
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ api: 'mintlify-sandbox', needed: 'major', given: 'none' });
    expect(failure!.message).toContain('mintlify-sandbox');
    expect(failure!.message).toContain('Operation `GET /contact/{id}` was removed.');
    expect(failure!.message).toContain('pnpm changeset');
  });

  it('fails a breaking change marked only minor', () => {
    const minor = changeset('.changeset/tidy.md', '"@contactkit/mintlify-sandbox": minor');
    expect(checkChangesets([removedOperation], [minor])).toMatchObject([{ api: 'mintlify-sandbox', needed: 'major', given: 'minor' }]);
  });

  it('passes a breaking change marked major, though the package is 0.x', () => {
    const major = changeset('.changeset/drop-get.md', '"@contactkit/mintlify-sandbox": major');
    expect(checkChangesets([removedOperation], [major])).toEqual([]);
  });

  it('takes the largest bump any changeset asks for the package', () => {
    const patch = changeset('.changeset/a.md', '"@contactkit/8x8-connect-contacts": patch');
    const minor = changeset('.changeset/b.md', '"@contactkit/8x8-connect-contacts": minor\n"@contactkit/runtime": patch');
    expect(checkChangesets([addedField], [patch])).toMatchObject([{ needed: 'minor', given: 'patch' }]);
    expect(checkChangesets([addedField], [patch, minor])).toEqual([]);
  });

  it('does not count a changeset for another package', () => {
    const other = changeset('.changeset/other.md', '"@contactkit/8x8-directory-contacts": major');
    expect(checkChangesets([removedOperation], [other])).toMatchObject([{ api: 'mintlify-sandbox', given: 'none' }]);
  });

  it('asks nothing of an API whose spec did not change', () => {
    expect(checkChangesets([unchanged], [])).toEqual([]);
  });

  it('rejects a changeset with no front matter, naming the file', () => {
    expect(() => parseChangesetText('.changeset/bad.md', 'no front matter')).toThrow(/\.changeset\/bad\.md.*pnpm changeset/);
  });
});
