// One engine under load: sequential requests, timed one by one, then
// concurrent ones, with the heap measured after a full collection before and
// after them. `send` sends the request of an index and says why it failed,
// or nothing when it did not.
import { setImmediate as tick } from 'node:timers/promises';

/** How many requests to send. */
export interface LoadCounts {
  /** Sent one after the other, each timed. */
  sequential: number;
  /** Sent all at once, after the sequential ones. */
  concurrent: number;
  /** Sent first, outside the figures, so the baseline holds what a first request allocates once. */
  warmup: number;
}

/** What one engine did under load. */
export interface LoadResult {
  /** Sequential requests per second. */
  sequentialRps: number;
  /** Concurrent requests per second: their count over the time until the last answered. */
  concurrentRps: number;
  /** Median time of one sequential request, in milliseconds. */
  p50Ms: number;
  /** 99th percentile time of one sequential request, in milliseconds. */
  p99Ms: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Heap growth across the measured requests, in percent of the heap before them. */
  heapGrowthPct: number;
  /** Requests that failed, warm-up included. */
  failures: number;
  /** Each distinct reason a request failed, in the order first met. */
  failureReasons: string[];
}

async function heapAfterGc(gc: () => void): Promise<number> {
  for (let round = 0; round < 3; round++) {
    gc();
    await tick();
  }
  return process.memoryUsage().heapUsed;
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
// `|| 0`: a growth that rounds to nothing reads 0, not -0.
const round = (value: number, digits: number) => +value.toFixed(digits) || 0;

/** Sends `counts` requests through `send` (round-robin is the caller's) and measures them; `gc` is Node's `--expose-gc` collector. */
export async function runLoad(send: (index: number) => Promise<string | undefined>, counts: LoadCounts, gc: () => void): Promise<LoadResult> {
  let failures = 0;
  const failureReasons = new Set<string>();
  const sendCounted = async (index: number) => {
    const failure = await send(index);
    if (failure === undefined) return;
    failures++;
    failureReasons.add(failure);
  };
  for (let index = 0; index < counts.warmup; index++) await sendCounted(index);
  // Allocated before the baseline, so that the samples are not counted as growth.
  const durations = new Float64Array(counts.sequential);
  const before = await heapAfterGc(gc);
  const started = performance.now();
  for (let index = 0; index < counts.sequential; index++) {
    const sent = performance.now();
    await sendCounted(index);
    durations[index] = performance.now() - sent;
  }
  const sequentialMs = performance.now() - started;
  const concurrentStarted = performance.now();
  await Promise.all(Array.from({ length: counts.concurrent }, (_, index) => sendCounted(index)));
  const concurrentMs = performance.now() - concurrentStarted;
  const after = await heapAfterGc(gc);
  durations.sort();
  return {
    sequentialRps: Math.round((counts.sequential / sequentialMs) * 1000),
    concurrentRps: Math.round((counts.concurrent / concurrentMs) * 1000),
    p50Ms: round(percentile(durations, 50), 3),
    p99Ms: round(percentile(durations, 99), 3),
    heapBeforeMb: round(before / 2 ** 20, 1),
    heapAfterMb: round(after / 2 ** 20, 1),
    heapGrowthPct: round(((after - before) / before) * 100, 1),
    failures,
    failureReasons: [...failureReasons],
  };
}
