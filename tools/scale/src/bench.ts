// `pnpm bench:scale [N...]`: how `pnpm build` time grows with the number of
// APIs. For each N, a temporary copy with N APIs is timed cold (empty turbo
// cache, once), warm with nothing changed, and with one spec changed (3 times
// each, median). Prints a table and merges the rows into reports/scale.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepo, repoRoot, run } from './repo.ts';
import { editDescription } from './specs.ts';
import { addSyntheticApis } from './synthetic.ts';

const REPEATS = 3;
const CHANGED_API = 'mintlify-sandbox';
const REPORT = join(repoRoot, 'reports/scale.json');

interface Row {
  n: number;
  coldMs: number;
  warmMs: number;
  oneChangedMs: number;
  ratios?: { cold: number; warm: number; oneChanged: number } | null;
}

function timed(action: () => void): number {
  const start = performance.now();
  action();
  return Math.round(performance.now() - start);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(n: number): Row {
  const dir = copyRepo(`contactkit-bench-${n}-`);
  try {
    addSyntheticApis(dir, n);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    git('add', '-A');
    git('-c', 'user.name=scale', '-c', 'user.email=scale@localhost', 'commit', '--allow-empty', '-qm', `${n} APIs`);
    const build = () => run(dir, 'pnpm', ['build', '--output-logs=errors-only']);
    rmSync(join(dir, '.turbo'), { recursive: true, force: true });
    const coldMs = timed(build);
    const warm = Array.from({ length: REPEATS }, () => timed(build));
    const spec = join(dir, 'specs', CHANGED_API, 'openapi.yaml');
    const oneChanged = Array.from({ length: REPEATS }, (_, i) => {
      editDescription(spec, `Bench edit ${i + 1}.`);
      return timed(build);
    });
    return { n, coldMs, warmMs: median(warm), oneChangedMs: median(oneChanged) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withRatios(rows: Row[]): Row[] {
  const base = rows.find((row) => row.n === 4);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return rows.map((row) => ({
    ...row,
    ratios: base ? { cold: ratio(row.coldMs, base.coldMs), warm: ratio(row.warmMs, base.warmMs), oneChanged: ratio(row.oneChangedMs, base.oneChangedMs) } : null,
  }));
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes) if (!Number.isInteger(n) || n < 4) throw new Error(`N must be an integer of at least 4, the real APIs (got ${n}): e.g. \`pnpm bench:scale 4 25 100\`.`);
const previous: Row[] = existsSync(REPORT) ? (JSON.parse(readFileSync(REPORT, 'utf8')) as { rows: Row[] }).rows : [];
const measured: Row[] = [];
for (const n of sizes.length ? sizes : [4, 25, 100]) {
  console.error(`N=${n}: measuring…`);
  measured.push(measure(n));
  console.error(`N=${n}: ${JSON.stringify(measured.at(-1))}`);
}
const rows = withRatios([...previous.filter((row) => !measured.some((m) => m.n === row.n)), ...measured].sort((a, b) => a.n - b.n));
mkdirSync(join(repoRoot, 'reports'), { recursive: true });
writeFileSync(REPORT, `${JSON.stringify({ command: 'pnpm build', repeats: { cold: 1, warm: REPEATS, oneChanged: REPEATS }, rows }, null, 2)}\n`);
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log('| N | cold | warm (no-op) | one spec changed | ratios vs N=4 (cold / warm / one) |\n| --- | --- | --- | --- | --- |');
for (const row of rows) {
  const r = row.ratios ? `${row.ratios.cold} / ${row.ratios.warm} / ${row.ratios.oneChanged}` : '—';
  console.log(`| ${row.n} | ${fmt(row.coldMs)} | ${fmt(row.warmMs)} | ${fmt(row.oneChangedMs)} | ${r} |`);
}
