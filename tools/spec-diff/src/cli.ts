// `pnpm spec:diff [base]`: every spec's changes since a git base, rated by the
// bump each needs, as Markdown for the pull request (also reports/spec-diff.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { diffFromArgs } from './base.ts';
import { renderReport } from './report.ts';

const { label, diffs } = diffFromArgs(process.argv.slice(2));
const report = renderReport(diffs, label);
mkdirSync(join(repoRoot, 'reports'), { recursive: true });
writeFileSync(join(repoRoot, 'reports', 'spec-diff.md'), `${report}\n`);
console.log(report);
