import { covers, maxBump } from './bump.ts';
import type { ApiDiff } from './change.ts';
import type { Changeset } from './changesets.ts';

/** The package an API is released as. */
export const packageName = (api: string) => `@contactkit/${api}`;

/** One API whose changesets do not ask for the bump its spec change needs. */
export interface GateFailure {
  api: string;
  needed: ApiDiff['bump'];
  given: ApiDiff['bump'];
  message: string;
}

function explain(diff: ApiDiff, given: ApiDiff['bump']): string {
  const pkg = packageName(diff.api);
  const changes = diff.changes.map((change) => `  - ${change.bump}: ${change.where}: ${change.what}`).join('\n');
  const problem = given === 'none' ? `has no changeset` : `has a ${given} changeset`;
  return [
    `${diff.api}: the spec changed and needs a ${diff.bump} release of ${pkg}, but it ${problem}. Changes:`,
    changes,
    `Fix: run \`pnpm changeset\`, choose ${pkg} and "${diff.bump}", and describe the change for its users.`,
  ].join('\n');
}

/**
 * Checks that every changed API has changesets that together bump its
 * package at least as far as its spec change needs. Bump types are compared
 * as they are, also for 0.x packages: a breaking change needs "major".
 */
export function checkChangesets(diffs: ApiDiff[], changesets: Changeset[]): GateFailure[] {
  return diffs
    .filter((diff) => diff.status !== 'unchanged')
    .flatMap((diff) => {
      const pkg = packageName(diff.api);
      const given = maxBump(changesets.flatMap((changeset) => changeset.releases.filter((release) => release.name === pkg).map((release) => release.type)));
      return covers(given, diff.bump) ? [] : [{ api: diff.api, needed: diff.bump, given, message: explain(diff, given) }];
    });
}
