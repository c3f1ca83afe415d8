// Fails when a spec changed since the base and the changesets added since then
// do not bump its package as far as the change needs.
import { repoRoot } from '@contactkit/codegen';
import { diffFromArgs } from './base.ts';
import { changesetsSince } from './changesets.ts';
import { checkChangesets } from './check.ts';

const { base, label, diffs } = diffFromArgs(process.argv.slice(2));
const failures = checkChangesets(diffs, changesetsSince(repoRoot, base));
for (const failure of failures) console.error(`${failure.message}\n`);
if (failures.length) {
  console.error(`spec-diff gate: ${failures.length} API(s) need a changeset (base ${label}); see \`pnpm spec:diff\` for the full report.`);
  process.exit(1);
}
const changed = diffs.filter((diff) => diff.status !== 'unchanged');
const detail = changed.map((diff) => `${diff.api} (${diff.bump})`).join(', ');
console.log(`spec-diff gate: ok against ${label}: ${changed.length ? `changesets cover ${detail}` : 'no spec changed'}.`);
