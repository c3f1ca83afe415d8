// `pnpm api:report`: builds the published packages
// and rewrites their committed API reports (packages/<name>/api/*.api.md).
import { relative } from 'node:path';
import { updateReports } from './api-report.ts';
import { buildPackages } from './build.ts';
import { publishedPackages, repoRoot } from './workspace.ts';

const packages = publishedPackages();
buildPackages(repoRoot, packages);
let failed = false;
for (const pkg of packages) {
  const problems = updateReports(pkg);
  for (const problem of problems) console.error(problem);
  failed ||= problems.length > 0;
  console.log(`${pkg.name}: ${relative(repoRoot, pkg.dir)}/api/`);
}
if (failed) {
  console.error('API Extractor reported the problems above: fix the exported declarations, then run this again.');
  process.exit(1);
}
