import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BaseClientOptions, RateLimitError, ServerError } from '../src/index.js';
import { recordingSleep, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { type Step, startScriptedServer } from './support/server.js';

// 429 and 503 answers and the wait their Retry-After asks for. The sleep
// records each wait and returns at once; without Retry-After the backoff of
// the first retry is half of retryBaseDelayMs, 50 ms.
let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

function client(steps: Step[], options: BaseClientOptions = {}) {
  const run = server.run(steps);
  const pause = recordingSleep();
  const api = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, headers: run.headers, sleep: pause.sleep, random: () => 0.5, retryBaseDelayMs: 100, ...options });
  return { hits: run.hits, delays: pause.delays, get: () => api.GET('/things/{id}', { params: { path: { id: '1' } } }) };
}

const failure = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call should have thrown'), (caught: unknown) => caught);
const answer = (status: number, retryAfter: string): Step => ({ status, headers: { 'retry-after': retryAfter }, body: { message: `status ${status}` } });
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

describe.each([
  { status: 429, Class: RateLimitError },
  { status: 503, Class: ServerError },
])('a $status with Retry-After', ({ status, Class }) => {
  it('in seconds is sent again after exactly that wait', async () => {
    const { delays, get, hits } = client([answer(status, '2')]);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect([delays, hits().length]).toEqual([[2000], 2]);
  });

  it('as an HTTP date is sent again once that date has come', async () => {
    const { delays, get, hits } = client([answer(status, inSeconds(3))]);
    expect((await get()).data).toEqual({ id: 'ok' });
    // The date has whole seconds, so the wait is between 2 and 3 s.
    expect(delays[0]).toBeGreaterThan(1000);
    expect(delays[0]).toBeLessThanOrEqual(3000);
    expect([delays.length, hits().length]).toEqual([1, 2]);
  });

  it('as an HTTP date in the past is sent again at once', async () => {
    const { delays, get, hits } = client([answer(status, 'Tue, 31 Dec 2024 23:59:00 GMT')]);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect([delays, hits().length]).toEqual([[0], 2]);
  });

  it.each(['soon', '1.5', '-1', '0x10', 'Mon, 01 Jan 2099 00:00:00 UTC'])('that is malformed (%j) is sent again after the backoff', async (retryAfter) => {
    const { delays, get, hits } = client([answer(status, retryAfter)]);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect([delays, hits().length]).toEqual([[50], 2]);
  });

  it('that is malformed on every attempt is thrown once they are spent, without retryAfterMs', async () => {
    const { delays, get, hits } = client([answer(status, 'soon'), answer(status, 'soon'), answer(status, 'soon')], { throwOnError: true });
    const error = await failure(get());
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, retryAfterMs: undefined, attempts: 3 });
    expect([delays, hits().length]).toEqual([[50, 100], 3]);
  });

  it('beyond maxRetryDelayMs is returned at once, after one request', async () => {
    const { delays, get, hits } = client([answer(status, '120')]);
    const { error, response } = await get();
    expect([error, response.status, delays, hits().length]).toEqual([{ message: `status ${status}` }, status, [], 1]);
  });

  it('beyond maxRetryDelayMs is thrown at once with throwOnError, with retryAfterMs', async () => {
    const { delays, get, hits } = client([answer(status, '120')], { throwOnError: true });
    const error = await failure(get());
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, retryAfterMs: 120_000, body: { message: `status ${status}` }, attempts: 1, maxAttempts: 3 });
    expect((error as Error).message).toBe(`GET /things/{id} answered HTTP ${status} (attempt 1 of 3); it asked to wait 120 s, more than \`maxRetryDelayMs\` allows: try again then.`);
    expect([delays, hits().length]).toEqual([[], 1]);
  });

  it('as an HTTP date beyond maxRetryDelayMs is thrown at once', async () => {
    const { get, hits } = client([answer(status, inSeconds(120))], { throwOnError: true });
    const error = (await failure(get())) as RateLimitError;
    expect(error).toBeInstanceOf(Class);
    expect(error.retryAfterMs).toBeGreaterThan(118_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(hits().length).toBe(1);
  });

  it('beyond a lower maxRetryDelayMs is returned at once', async () => {
    const { delays, get, hits } = client([answer(status, '2')], { maxRetryDelayMs: 1000 });
    expect([(await get()).response.status, delays, hits().length]).toEqual([status, [], 1]);
  });

  it('after the total deadline is returned at once rather than sent too late', async () => {
    const { delays, get, hits } = client([answer(status, '2')], { totalTimeoutMs: 1000 });
    expect([(await get()).response.status, delays, hits().length]).toEqual([status, [], 1]);
  });
});

describe('a 503 without Retry-After', () => {
  it('is sent again after the backoff, and the 200 returned', async () => {
    const { delays, get, hits } = client([{ status: 503 }]);
    const { data, response } = await get();
    expect([data, response.status, delays, hits().length]).toEqual([{ id: 'ok' }, 200, [50], 2]);
  });
});
