// Per-request overhead of a contactkit client as users build it (a package's
// own createClient, default options: timeout, retries, its credentials),
// against bare openapi-fetch and raw fetch, on a loopback server answering the
// operation's documented example. The variants run in alternating rounds
// (tinybench, one short run per round, the order rotated each round) so that
// machine noise hits all of them alike; the samples of all rounds are pooled
// per variant, and the goals are judged on the pooled medians. The ratios of
// each round's medians are reported too: their spread is the noise a single
// figure carries. Writes reports/bench.json at the repo's root.
//
// The client is imported from its package, a dependency of this tool, as a
// user gets it: `pnpm bench` builds the packages first, and turbo builds it
// before this package's typecheck.
import { deepStrictEqual } from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import createFetchClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import { createClient, type paths } from '@contactkit/mintlify-sandbox';
import { startServer } from './server.ts';
import { setting } from './setting.ts';

const ROUNDS = setting('BENCH_ROUNDS', 12);
const ROUND_MS = setting('BENCH_ROUND_MS', 400);

// The ratios of medians reported, each with the difference of the medians in
// µs. The goal and aim are contactkit's over openapi-fetch, which it builds
// on; the ratios over fetch have none: openapi-fetch's bounds what contactkit
// can reach there.
const RATIOS: { over: string; under: string; goal?: number; aim?: number }[] = [
  { over: 'contactkit', under: 'openapi-fetch', goal: 1.15, aim: 1.1 },
  { over: 'contactkit', under: 'fetch' },
  { over: 'openapi-fetch', under: 'fetch' },
];
const label = ({ over, under }: { over: string; under: string }) => `${over} / ${under}`;

// The operation the package documents, answered with its documented example.
const PATH = '/contact/{id}';
const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@contactkit/mintlify-sandbox/openapi.json'), 'utf8'));
const example = spec.paths[PATH].get.responses['200'].content['application/json'].example;
const id: string = example.data.id;
const TOKEN = 'bench-token';

const server = await startServer(PATH.replace('{id}', id), example);
const url = `${server.url}${PATH.replace('{id}', id)}`;
const bare = createFetchClient<paths>({ baseUrl: server.url, headers: { authorization: `Bearer ${TOKEN}` } });
// Only what a user must pass: timeout (30 s) and retries (2) stay at their defaults.
const contactkit = createClient({ token: TOKEN, baseUrl: server.url });
const params = { params: { path: { id } } };

// Each variant reads the body as JSON, as a client would.
const variants: [string, () => Promise<unknown>][] = [
  ['fetch', async () => (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).json()],
  ['openapi-fetch', () => bare.GET(PATH, params)],
  ['contactkit', () => contactkit.GET(PATH, params)],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
const roundMedians: Record<string, number>[] = [];
try {
  // The figures compare like with like only if every variant gets the example.
  deepStrictEqual(await variants[0]![1](), example);
  deepStrictEqual((await bare.GET(PATH, params)).data, example);
  deepStrictEqual((await contactkit.GET(PATH, params)).data, example);

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
// What the ratio costs each request: a ratio alone hides how fast the server answered.
const differencesUs = Object.fromEntries(RATIOS.map((ratio) => [label(ratio), stats[ratio.over]!.medianUs - stats[ratio.under]!.medianUs]));
// Each round's ratio, sorted: the range and middle of what one round would have said.
const perRound = Object.fromEntries(
  RATIOS.map((ratio) => {
    const sorted = roundMedians.map((medians) => medians[ratio.over]! / medians[ratio.under]!).sort((a, b) => a - b);
    return [label(ratio), { min: sorted[0]!, median: percentile(sorted, 50), max: sorted.at(-1)! }];
  }),
);
const goals = Object.fromEntries(RATIOS.filter((ratio) => ratio.goal !== undefined).map((ratio) => [label(ratio), ratio.goal]));
const aims = Object.fromEntries(RATIOS.filter((ratio) => ratio.aim !== undefined).map((ratio) => [label(ratio), ratio.aim]));

const round2 = (value: number) => Math.round(value * 100) / 100;
console.table(Object.fromEntries(Object.entries(stats).map(([name, s]) => [name, { 'median µs': round2(s.medianUs), 'p75 µs': round2(s.p75Us), 'p99 µs': round2(s.p99Us), samples: s.samples }])));
const verdict = (value: number, what: string, bound?: number) => (bound === undefined ? [] : [`${what} ≤ ${bound} ${value <= bound ? 'ok' : 'MISSED'}`]);
for (const ratio of RATIOS) {
  const value = ratios[label(ratio)]!;
  const difference = differencesUs[label(ratio)]!;
  const { min, max } = perRound[label(ratio)]!;
  const verdicts = [...verdict(value, 'goal', ratio.goal), ...verdict(value, 'aim', ratio.aim)];
  const judged = verdicts.length ? ` (${verdicts.join(', ')})` : '';
  console.log(`${label(ratio)}: ${value.toFixed(3)}${judged}, ${difference >= 0 ? '+' : ''}${difference.toFixed(1)} µs per request; per round ${min.toFixed(3)}–${max.toFixed(3)}`);
}

// Beside this package, whatever the working directory.
const reports = new URL('../../../reports/', import.meta.url);
mkdirSync(reports, { recursive: true });
writeFileSync(
  new URL('bench.json', reports),
  `${JSON.stringify({ node: process.version, client: '@contactkit/mintlify-sandbox', operation: `GET ${PATH}`, rounds: ROUNDS, roundMs: ROUND_MS, stats, ratios, differencesUs, perRound, goals, aims }, null, 2)}\n`,
);
