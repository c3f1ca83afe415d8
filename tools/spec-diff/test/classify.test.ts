import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxBump } from '../src/bump.ts';
import { classify } from '../src/classify.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const diff = (kind: string) => classify(join(fixtures, kind, 'before.yaml'), join(fixtures, kind, 'after.yaml'));

// Each fixture changes one thing; the bump is what semver says a client of
// the old spec needs to hear about it.
const cases: [kind: string, bump: string][] = [
  ['operation-removed', 'major'],
  ['required-request-field-added', 'major'],
  ['required-parameter-added', 'major'],
  ['request-max-length-lowered', 'major'],
  ['request-pattern-added', 'major'],
  ['request-enum-value-removed', 'major'],
  ['response-field-removed', 'major'],
  ['operation-added', 'minor'],
  ['request-enum-value-added', 'minor'],
  ['optional-request-field-added', 'minor'],
  ['response-field-added', 'minor'],
  ['description-changed', 'patch'],
];

describe('classify', () => {
  it.each(cases)('%s needs a %s release', (kind, bump) => {
    expect(maxBump(diff(kind).map((change) => change.bump))).toBe(bump);
  });

  it('names the removed operation', () => {
    expect(diff('operation-removed')).toEqual([
      expect.objectContaining({ bump: 'major', where: 'DELETE /contacts/{id}', rule: 'operation-removed' }),
    ]);
  });

  it('names the enum values a request gained', () => {
    expect(diff('request-enum-value-added')).toEqual([
      { bump: 'minor', where: 'POST /contacts, request body, kind', what: "enum gained 'team'" },
    ]);
  });

  it('finds nothing between a document and itself', () => {
    const same = join(fixtures, 'operation-removed', 'before.yaml');
    expect(classify(same, same)).toEqual([]);
  });
});
