// The mocks under load: for every API, 5,000 sequential and then 200
// concurrent valid requests (round-robin over its operations) against its
// in-process Prism mock; no request may fail, and the heap may grow by less
// than 10% across them. Run with `pnpm bench:mock`; writes reports/mock-load.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { listApis } from '@contactkit/codegen';
import { listOperations, type OpenApiDocument } from '@contactkit/codegen/spec';
import { fetchArgs, validRequest } from '@contactkit/contract';
import { startPrismMock } from '@contactkit/mock';

const SEQUENTIAL = Number(process.env.MOCK_SEQUENTIAL ?? 5000);
const CONCURRENT = Number(process.env.MOCK_CONCURRENT ?? 200);
const MAX_GROWTH = 0.1;

if (typeof globalThis.gc !== 'function') {
  console.error('Run with --expose-gc (pnpm bench:mock does), so heap figures are taken after a full collection.');
  process.exit(1);
}
const gc = globalThis.gc;

async function heapAfterGc(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    gc();
    await tick();
  }
  return process.memoryUsage().heapUsed;
}

const rows = [];
for (const api of listApis()) {
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const mock = await startPrismMock(api.bundlePath);
  const requests = listOperations(document).map((operation) => fetchArgs(mock.url, document, operation, validRequest(operation)));
  let failures = 0;
  const send = async (index: number) => {
    const [url, init] = requests[index % requests.length]!;
    const response = await fetch(url, init);
    await response.arrayBuffer();
    if (!response.ok || response.headers.has('sl-violations')) failures++;
  };
  // Warm up first, so that the baseline includes what a first request allocates once.
  for (let index = 0; index < 200; index++) await send(index);
  const before = await heapAfterGc();
  const started = performance.now();
  for (let index = 0; index < SEQUENTIAL; index++) await send(index);
  const sequentialMs = performance.now() - started;
  const concurrentStarted = performance.now();
  await Promise.all(Array.from({ length: CONCURRENT }, (_, index) => send(index)));
  const concurrentMs = performance.now() - concurrentStarted;
  const after = await heapAfterGc();
  await mock.stop();
  const growth = (after - before) / before;
  rows.push({
    api: api.name,
    sequential: SEQUENTIAL,
    concurrent: CONCURRENT,
    failures,
    sequentialMs: Math.round(sequentialMs),
    concurrentMs: Math.round(concurrentMs),
    heapBeforeMb: +(before / 2 ** 20).toFixed(1),
    heapAfterMb: +(after / 2 ** 20).toFixed(1),
    heapGrowth: +(growth * 100).toFixed(1),
  });
  console.log(
    `${api.name}: ${SEQUENTIAL} sequential in ${Math.round(sequentialMs)} ms, ${CONCURRENT} concurrent in ${Math.round(concurrentMs)} ms, ` +
      `${failures} failed, heap ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MB (${(growth * 100).toFixed(1)}%)`,
  );
}

const reports = new URL('../../../reports/', import.meta.url);
mkdirSync(reports, { recursive: true });
writeFileSync(new URL('mock-load.json', reports), `${JSON.stringify(rows, null, 2)}\n`);
const bad = rows.filter((row) => row.failures > 0 || row.heapGrowth >= MAX_GROWTH * 100);
if (bad.length) {
  console.error(`Goal missed (no failure, heap growth under ${MAX_GROWTH * 100}%) for: ${bad.map((row) => row.api).join(', ')}.`);
  process.exit(1);
}
console.log(`Every mock answered ${SEQUENTIAL + CONCURRENT} requests with no failure and heap growth under ${MAX_GROWTH * 100}%.`);
