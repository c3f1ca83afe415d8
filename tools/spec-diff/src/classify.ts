import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { Change } from './change.ts';
import { redoclyDiff, type RedoclyChange } from './redocly-diff.ts';
import { describePointer } from './where.ts';

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function quoted(values: unknown[]): string {
  return values.map((value) => `'${String(value)}'`).join(', ');
}

// Redocly rates a value added to a request enum as patch, but it is a new
// input that clients of the old version cannot send: additive, so minor.
function enumGain(change: RedoclyChange): Change | undefined {
  if (change.kind !== 'modified' || change.property !== 'enum' || change.impact !== 'patch') return undefined;
  const before = list(change.base?.value);
  const gained = list(change.revision?.value).filter((value) => !before.some((old) => isDeepStrictEqual(old, value)));
  if (!before.length || !gained.length) return undefined;
  return { bump: 'minor', where: describePointer(change.path), what: `enum gained ${quoted(gained)}` };
}

function fromRedocly(change: RedoclyChange): Change {
  const gain = enumGain(change);
  if (gain) return gain;
  const where = describePointer(change.path);
  if (change.verdicts.length) {
    const what = change.verdicts.map((verdict) => verdict.message).join(' ');
    return { bump: change.impact, where, what, rule: change.verdicts.map((verdict) => verdict.ruleId).join(', ') };
  }
  const what = change.kind === 'modified' ? `\`${change.property}\` changed` : change.kind;
  return { bump: change.impact, where, what };
}

/**
 * Every change between two bundled specs, each with the bump it needs.
 * Identical documents are not sent to Redocly at all.
 */
export function classify(basePath: string, revisionPath: string): Change[] {
  // YAML parses JSON too, so bundles and hand-written fixtures read alike.
  const [before, after] = [basePath, revisionPath].map((path) => parse(readFileSync(path, 'utf8')) as unknown);
  if (isDeepStrictEqual(before, after)) return [];
  const changes = redoclyDiff(basePath, revisionPath).map(fromRedocly);
  // A difference in a part no diff rule looks at (an extension, say) still
  // changes what is published, so it still needs a release.
  if (!changes.length) changes.push({ bump: 'patch', where: 'document', what: 'changed in parts the diff rules do not rate (extensions, examples)' });
  return changes;
}
