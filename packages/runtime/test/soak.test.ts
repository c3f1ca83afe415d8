import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { play, type Step, startServer } from './support/server.js';

const REQUESTS = 1000;
const FAULTY_SHARE = 0.3;
const MAX_RETRIES = 2;
// Retried statuses, and connection resets before the headers and in the middle of the body.
const faults: Step[] = [{ status: 503 }, { status: 500 }, { status: 502 }, { status: 408 }, { status: 429, headers: { 'retry-after': '0' } }, 'reset', 'reset-mid-body'];

// A seeded plan: request n meets plan[n] faults (0, 1 or 2) before its 200.
const random = seededRandom(20_250_101);
const plan = Array.from({ length: REQUESTS }, () => (random() < FAULTY_SHARE ? 1 + Math.floor(random() * MAX_RETRIES) : 0));
const kinds = plan.map((count) => Array.from({ length: count }, () => faults[Math.floor(random() * faults.length)] as Step));

let server: Awaited<ReturnType<typeof startServer>>;
const seen = new Map<number, number>();

beforeAll(async () => {
  server = await startServer((request, response, hit) => {
    const url = new URL(hit.url, 'http://x');
    if (hit.method === 'POST') return play({ status: 503 }, request, response);
    const n = Number(url.searchParams.get('n'));
    const times = seen.get(n) ?? 0;
    seen.set(n, times + 1);
    play(kinds[n]?.[times] ?? { status: 200, body: { id: String(n) } }, request, response);
  });
});
afterAll(() => server.close());

it(`ends ${REQUESTS} GETs in success with faults in ${FAULTY_SHARE * 100}% of them`, async () => {
  const client = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, maxRetries: MAX_RETRIES, retryBaseDelayMs: 1, maxRetryDelayMs: 5, random: seededRandom(7) });
  const ids: string[] = [];
  for (let batch = 0; batch < REQUESTS; batch += 50) {
    const calls = Array.from({ length: 50 }, (_, i) => client.GET('/things/{id}', { params: { path: { id: 'x' }, query: { n: batch + i } } }));
    for (const { data } of await Promise.all(calls)) ids.push(data?.id ?? 'failed');
  }
  const faulty = plan.filter((count) => count > 0).length;
  const injected = plan.reduce((sum, count) => sum + count, 0);
  expect(ids).toEqual(Array.from({ length: REQUESTS }, (_, n) => String(n)));
  expect(faulty).toBeGreaterThan(250);
  expect(faulty).toBeLessThan(350);
  // Every kind of fault was played at least once.
  expect(new Set(kinds.flat()).size).toBe(faults.length);
  expect(server.hits.filter((hit) => hit.method === 'GET').length).toBe(REQUESTS + injected);
  // Generous: on a loaded 2-core machine 1,000 requests can take far longer than usual.
}, 120_000);

it('never retries a POST that is not opted in, and retries one that is', async () => {
  server.hits.length = 0;
  const plain = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, retryBaseDelayMs: 1 });
  const statuses = await Promise.all(Array.from({ length: 20 }, () => plain.POST('/things', { body: { name: 'Ann' } }).then(({ response }) => response.status)));
  expect(statuses).toEqual(Array.from({ length: 20 }, () => 503));
  expect(server.hits.length).toBe(20);
  const optedIn = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, retryBaseDelayMs: 1, retryPost: true });
  await optedIn.POST('/things', { body: { name: 'Ann' } });
  expect(server.hits.length).toBe(23);
});
