// The mocks under load, side by side: for every API, 5,000 sequential and then
// 200 concurrent valid requests (round-robin over its operations) through the
// package's own client, against Prism on loopback and then against the
// package's msw handlers in this process. Per engine: requests per second,
// the p50 and p99 of a sequential request, heap growth and failures; per API,
// msw's requests per second over Prism's. No request may fail (an answer
// that is not ok, or one naming a violation), and the heap may grow by less
// than 10% across each engine's requests. Run with `pnpm bench:mock`, which
// builds the packages first (MOCK_SEQUENTIAL and MOCK_CONCURRENT set other
// counts); writes reports/mock-load.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { listApis } from '@contactkit/codegen';
import type { OpenApiDocument } from '@contactkit/contract';
import { importApiPackage } from './api-package.ts';
import { type LoadResult, runLoad } from './load.ts';
import { ENGINES } from './mock-engines.ts';
import { sender, validRequests } from './requests.ts';
import { setting } from './setting.ts';

const counts = { sequential: setting('MOCK_SEQUENTIAL', 5000), concurrent: setting('MOCK_CONCURRENT', 200), warmup: 200 };
const MAX_GROWTH_PCT = 10;

if (typeof globalThis.gc !== 'function') {
  console.error('Run with --expose-gc (pnpm bench:mock does), so heap figures are taken after a full collection.');
  process.exit(1);
}
const gc = globalThis.gc;

const rows = [];
for (const api of listApis()) {
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const apiPackage = await importApiPackage(api);
  const requests = validRequests(document);
  const results = {} as Record<(typeof ENGINES)[number]['name'], LoadResult>;
  for (const engine of ENGINES) {
    const mock = await engine.start(api, apiPackage);
    try {
      results[engine.name] = await runLoad(sender(apiPackage.client(mock.baseUrl), mock, requests), counts, gc);
    } finally {
      await mock.stop();
    }
  }
  const ratio = (key: 'sequentialRps' | 'concurrentRps') => +(results.msw[key] / results.prism[key]).toFixed(2);
  rows.push({ api: api.name, package: apiPackage.name, operations: requests.length, ...results, mswOverPrism: { sequentialRps: ratio('sequentialRps'), concurrentRps: ratio('concurrentRps') } });
}

console.log(`${counts.sequential} sequential, then ${counts.concurrent} concurrent requests per engine and API (after ${counts.warmup} to warm up), through each package's client:`);
console.table(
  Object.fromEntries(
    rows.flatMap((row) =>
      ENGINES.map(({ name }) => {
        const result = row[name];
        return [
          `${row.api} ${name}`,
          {
            'seq req/s': result.sequentialRps,
            'conc req/s': result.concurrentRps,
            'p50 ms': result.p50Ms,
            'p99 ms': result.p99Ms,
            'heap %': result.heapGrowthPct,
            failures: result.failures,
            ...(name === 'msw' ? { 'msw/prism seq': row.mswOverPrism.sequentialRps, 'msw/prism conc': row.mswOverPrism.concurrentRps } : {}),
          },
        ];
      }),
    ),
  ),
);

const reports = new URL('../../../reports/', import.meta.url);
mkdirSync(reports, { recursive: true });
writeFileSync(new URL('mock-load.json', reports), `${JSON.stringify({ node: process.version, ...counts, maxHeapGrowthPct: MAX_GROWTH_PCT, apis: rows }, null, 2)}\n`);

const missed = rows.flatMap((row) =>
  ENGINES.flatMap(({ name }) => {
    const { failures, failureReasons, heapGrowthPct } = row[name];
    const total = counts.warmup + counts.sequential + counts.concurrent;
    return [
      ...(failures ? [`${row.api} on ${name}: ${failures} of ${total} requests failed:\n${failureReasons.map((reason) => `    ${reason}`).join('\n')}`] : []),
      ...(heapGrowthPct >= MAX_GROWTH_PCT ? [`${row.api} on ${name}: the heap grew by ${heapGrowthPct}% (under ${MAX_GROWTH_PCT}% wanted)`] : []),
    ];
  }),
);
if (missed.length) {
  console.error(`Goal missed (no failure, heap growth under ${MAX_GROWTH_PCT}%, per API and engine):\n${missed.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`Every API answered ${counts.sequential + counts.concurrent} requests on each engine with no failure and heap growth under ${MAX_GROWTH_PCT}%.`);
