// What the contract tests of one API covered, written next to its package so
// that `pnpm test` can gather every API's rows into one report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One (operation, documented status) pair. */
export interface StatusRow {
  api: string;
  kind: 'status';
  method: string;
  path: string;
  status: number;
  covered: boolean;
}

/** One stated request constraint. */
export interface ConstraintRow {
  api: string;
  kind: 'constraint';
  method: string;
  path: string;
  at: string;
  rule: string;
  covered: boolean;
}

/** The generated valid requests of one operation. */
export interface GeneratedRow {
  api: string;
  kind: 'generated';
  method: string;
  path: string;
  runs: number;
  rejected: number;
  covered: boolean;
}

export type CoverageRow = StatusRow | ConstraintRow | GeneratedRow;

/** Where a package's contract tests write their rows, relative to the package. */
export const PACKAGE_REPORT = join('reports', 'contract-coverage.json');

/** Writes `rows` to the package's report file. */
export function writePackageReport(packageDir: string, rows: CoverageRow[]): void {
  const file = join(packageDir, PACKAGE_REPORT);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
}
