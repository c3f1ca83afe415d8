// `pnpm test`, last step: gathers every API's contract coverage into
// reports/contract-coverage.json, prints a table per API, and fails when an
// API has no report or anything documented is not covered.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listApis, repoRoot } from '@contactkit/codegen';
import { type CoverageRow, PACKAGE_REPORT } from './coverage.ts';

const problems: string[] = [];
const rows: CoverageRow[] = listApis().flatMap((api) => {
  const file = join(api.packageDir, PACKAGE_REPORT);
  if (!existsSync(file)) {
    problems.push(`${api.name}: no ${relative(repoRoot, file)}; its contract tests must call contractSuite() (see packages/*/test/contract.test.ts).`);
    return [];
  }
  return JSON.parse(readFileSync(file, 'utf8')) as CoverageRow[];
});

const ratio = (list: CoverageRow[]) => `${list.filter((row) => row.covered).length}/${list.length}`;
for (const api of [...new Set(rows.map((row) => row.api))]) {
  console.log(`\n${api}`);
  const own = rows.filter((row) => row.api === api);
  const operations = [...new Set(own.map((row) => `${row.method} ${row.path}`))];
  const table = operations.map((operation) => {
    const of = own.filter((row) => `${row.method} ${row.path}` === operation);
    const generated = of.find((row) => row.kind === 'generated');
    return {
      operation,
      statuses: ratio(of.filter((row) => row.kind === 'status')),
      constraints: ratio(of.filter((row) => row.kind === 'constraint')),
      generated: generated?.kind === 'generated' ? `${generated.runs} run, ${generated.rejected} rejected` : 'none',
    };
  });
  const columns = ['operation', 'statuses', 'constraints', 'generated'] as const;
  const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => row[column].length)));
  const line = (cells: string[]) => `  ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ')}`;
  console.log(line([...columns]));
  for (const row of table) console.log(line(columns.map((column) => row[column])));
}

for (const row of rows.filter((candidate) => !candidate.covered)) {
  const what = row.kind === 'status' ? `status ${row.status}` : row.kind === 'constraint' ? `constraint ${row.rule} at ${row.at}` : 'generated requests';
  problems.push(`${row.api}: ${row.method} ${row.path}: ${what} is not covered; see the failing contract test.`);
}

mkdirSync(join(repoRoot, 'reports'), { recursive: true });
writeFileSync(join(repoRoot, 'reports', 'contract-coverage.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (problems.length) {
  console.error(`\nContract coverage is incomplete:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nContract coverage: ${ratio(rows)} rows covered (reports/contract-coverage.json).`);
