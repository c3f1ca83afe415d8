import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redocly } from '@contactkit/codegen/redocly';

// The diff rules live in their own config: the root redocly.yaml holds the lint
// rules, and Redocly rates nothing unless `diff-recommended` is extended.
const diffConfig = join(dirname(fileURLToPath(import.meta.url)), '../redocly-diff.yaml');

/** One entry of `redocly diff --format json` (report version 1). */
export interface RedoclyChange {
  path: string;
  kind: 'added' | 'removed' | 'modified';
  impact: 'patch' | 'minor' | 'major';
  property?: string;
  base?: { value?: unknown };
  revision?: { value?: unknown };
  verdicts: { ruleId: string; impact: 'patch' | 'minor' | 'major'; message: string }[];
}

/** Runs `redocly diff` on two documents and returns its rated changes. */
export function redoclyDiff(basePath: string, revisionPath: string): RedoclyChange[] {
  const dir = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  const output = join(dir, 'diff.json');
  try {
    // --fail-on none: the gate, not Redocly, decides what fails.
    const result = redocly(['diff', basePath, revisionPath, '--format', 'json', '--fail-on', 'none', '--output', output], { config: diffConfig });
    if (!result.ok) {
      throw new Error(`redocly diff ${basePath} ${revisionPath} failed (exit ${result.status}); run it by hand to see why:\n${result.stderr}`);
    }
    const report = JSON.parse(readFileSync(output, 'utf8')) as { reportVersion?: string; changes?: RedoclyChange[] };
    if (report.reportVersion !== '1') {
      throw new Error(`redocly diff wrote report version ${report.reportVersion}, this tool reads version 1; update tools/spec-diff/src/redocly-diff.ts.`);
    }
    return report.changes ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
