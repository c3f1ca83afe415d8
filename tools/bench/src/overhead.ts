// Per-request overhead of a contactkit client, against bare openapi-fetch and
// raw fetch, on a loopback server. The three variants run in alternating
// rounds (tinybench, one short run per round, the order rotated each round)
// so that machine noise hits all of them alike; the samples of all rounds are
// pooled per variant, and the goals are judged on the pooled medians. The
// ratios of each round's medians are reported too: their spread is the noise
// a single figure carries. Writes reports/bench.json at the repo's root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createApiClient } from '@contactkit/runtime';
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import { startServer } from './server.ts';

interface Paths {
  '/contacts/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { id: string } } } };
    };
  };
}

/** A whole number of 1 or more from the environment, else `fallback`. */
function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number, 1 or more (got "${process.env[name]}"): unset it for ${fallback}.`);
  return value;
}
const ROUNDS = setting('BENCH_ROUNDS', 12);
const ROUND_MS = setting('BENCH_ROUND_MS', 400);

// The ratios of medians reported. The goals are contactkit's; openapi-fetch
// over fetch has none: it bounds what contactkit can reach over fetch.
const RATIOS: { over: string; under: string; goal?: number }[] = [
  { over: 'contactkit', under: 'openapi-fetch', goal: 1.05 },
  { over: 'contactkit', under: 'fetch', goal: 1.2 },
  { over: 'openapi-fetch', under: 'fetch' },
];
const label = ({ over, under }: { over: string; under: string }) => `${over} / ${under}`;

const server = await startServer();
const url = `${server.url}/contacts/41764986`;
const bare = createClient<Paths>({ baseUrl: server.url, headers: { authorization: 'Bearer bench-key' } });
// Retries and timeout left at their defaults (2 retries, 30 s): the cost measured is the one users pay.
const contactkit = createApiClient<Paths>({ credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: 'bench-key' }] }, { baseUrl: server.url });
const params = { params: { path: { id: '41764986' } } };

// Each variant reads the body as JSON, as a client would.
const variants: [string, () => Promise<unknown>][] = [
  ['fetch', async () => (await fetch(url, { headers: { authorization: 'Bearer bench-key' } })).json()],
  ['openapi-fetch', () => bare.GET('/contacts/{id}', params)],
  ['contactkit', () => contactkit.GET('/contacts/{id}', params)],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
const roundMedians: Record<string, number>[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: ROUND_MS, warmupTime: round === 0 ? 500 : 50, retainSamples: true });
    for (let i = 0; i < variants.length; i++) {
      const [name, fn] = variants[(round + i) % variants.length]!;
      bench.add(name, fn);
    }
    await bench.run();
    const medians: Record<string, number> = {};
    for (const task of bench.tasks) {
      const result = task.result as { latency?: { samples?: ArrayLike<number> } };
      const values = Array.from(result.latency?.samples ?? []);
      samples.get(task.name)!.push(...values);
      medians[task.name] = percentile(values.sort((a, b) => a - b), 50);
    }
    roundMedians.push(medians);
  }
} finally {
  await server.stop();
}

const stats = Object.fromEntries(
  [...samples].map(([name, values]) => {
    const sorted = values.sort((a, b) => a - b);
    // Milliseconds from tinybench, reported in microseconds.
    return [name, { samples: sorted.length, medianUs: percentile(sorted, 50) * 1000, p75Us: percentile(sorted, 75) * 1000, p99Us: percentile(sorted, 99) * 1000 }];
  }),
);
const ratios = Object.fromEntries(RATIOS.map((ratio) => [label(ratio), stats[ratio.over]!.medianUs / stats[ratio.under]!.medianUs]));
// Each round's ratio, sorted: the range and middle of what one round would have said.
const perRound = Object.fromEntries(
  RATIOS.map((ratio) => {
    const sorted = roundMedians.map((medians) => medians[ratio.over]! / medians[ratio.under]!).sort((a, b) => a - b);
    return [label(ratio), { min: sorted[0]!, median: percentile(sorted, 50), max: sorted.at(-1)! }];
  }),
);
const goals = Object.fromEntries(RATIOS.filter((ratio) => ratio.goal !== undefined).map((ratio) => [label(ratio), ratio.goal]));

const round2 = (value: number) => Math.round(value * 100) / 100;
console.table(Object.fromEntries(Object.entries(stats).map(([name, s]) => [name, { 'median µs': round2(s.medianUs), 'p75 µs': round2(s.p75Us), 'p99 µs': round2(s.p99Us), samples: s.samples }])));
for (const ratio of RATIOS) {
  const value = ratios[label(ratio)]!;
  const { min, max } = perRound[label(ratio)]!;
  const verdict = ratio.goal === undefined ? '' : ` (goal ≤ ${ratio.goal}) ${value <= ratio.goal ? 'ok' : 'MISSED'}`;
  console.log(`${label(ratio)}: ${value.toFixed(3)}${verdict}; per round ${min.toFixed(3)}–${max.toFixed(3)}`);
}

// Beside this package, whatever the working directory.
const reports = new URL('../../../reports/', import.meta.url);
mkdirSync(reports, { recursive: true });
writeFileSync(
  new URL('bench.json', reports),
  `${JSON.stringify({ node: process.version, rounds: ROUNDS, roundMs: ROUND_MS, stats, ratios, perRound, goals }, null, 2)}\n`,
);
