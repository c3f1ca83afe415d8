export { type Bump, covers, maxBump } from './bump.ts';
export type { ApiDiff, Change } from './change.ts';
export { checkChangesets, type GateFailure, packageName } from './check.ts';
export { classify } from './classify.ts';
export { compareApi, compareApis, type SpecEntry } from './compare.ts';
export { type Changeset, changesetsSince, parseChangesetText } from './changesets.ts';
export { assertCommit, defaultBase } from './git.ts';
export { renderReport } from './report.ts';
