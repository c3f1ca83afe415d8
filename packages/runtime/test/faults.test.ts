import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BaseClientOptions, NetworkError, RequestError, TimeoutError } from '../src/index.js';
import { recordingSleep, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { play, type Step, startServer } from './support/server.js';

// Each test queues the answers the server gives, in order; then it answers 200.
const script: Step[] = [];
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer((request, response) => play(script.shift() ?? { status: 200 }, request, response));
});
afterAll(() => server.close());

function client(steps: Step[], options: BaseClientOptions = {}) {
  script.splice(0, script.length, ...steps);
  server.hits.length = 0;
  const pause = recordingSleep();
  const api = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, sleep: pause.sleep, ...options });
  return { api, delays: pause.delays, get: () => api.GET('/things/{id}', { params: { path: { id: '1' } } }) };
}

describe('against a faulty server', () => {
  it('retries a 503 and returns the 200', async () => {
    const { get } = client([{ status: 503 }]);
    const { data, response } = await get();
    expect([data, response.status, server.hits.length]).toEqual([{ id: 'ok' }, 200, 2]);
  });

  it('waits the seconds of a 429’s Retry-After', async () => {
    const { delays, get } = client([{ status: 429, headers: { 'retry-after': '2' } }]);
    expect((await get()).response.status).toBe(200);
    expect([delays, server.hits.length]).toEqual([[2000], 2]);
  });

  it('waits until the HTTP date of a 429’s Retry-After', async () => {
    const { delays, get } = client([{ status: 429, headers: { 'retry-after': new Date(Date.now() + 3000).toUTCString() } }]);
    expect((await get()).response.status).toBe(200);
    // The date has whole seconds, so the wait is between 2 and 3 s.
    expect(delays[0]).toBeGreaterThan(1000);
    expect(delays[0]).toBeLessThanOrEqual(3000);
  });

  it('retries a reset connection', async () => {
    const { get } = client(['reset']);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(server.hits.length).toBe(2);
  });

  it('throws a NetworkError once every attempt was reset', async () => {
    const { get } = client(['reset', 'reset', 'reset']);
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, pathTemplate: '/things/{id}' });
    expect(server.hits.length).toBe(3);
  });

  it('does not retry a reset POST, and sends it once', async () => {
    const { api } = client(['reset']);
    await expect(api.POST('/things', { body: { name: 'Ann' } })).rejects.toMatchObject({ name: 'NetworkError', attempts: 1, maxAttempts: 1 });
    expect(server.hits.map((hit) => [hit.method, hit.body])).toEqual([['POST', '{"name":"Ann"}']]);
  });

  it('re-sends an opted-in POST’s body intact after a reset', async () => {
    const { api } = client(['reset', { status: 503 }], { retryPost: true });
    expect((await api.POST('/things', { body: { name: 'Ann' } })).response.status).toBe(200);
    expect(server.hits.map((hit) => hit.body)).toEqual(['{"name":"Ann"}', '{"name":"Ann"}', '{"name":"Ann"}']);
  });

  it('times out a stalled answer, then retries', async () => {
    const { get } = client(['stall'], { timeoutMs: 50 });
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(server.hits.length).toBe(2);
  });

  it('stops reading a body that stalls when the caller aborts, with an AbortError', async () => {
    const { api } = client(['stall-body']);
    const controller = new AbortController();
    const call = api.GET('/things/{id}', { params: { path: { id: '1' } }, signal: controller.signal });
    // The server has sent the headers and part of the body by the time it records the hit.
    await expect.poll(() => server.hits.length).toBe(1);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError', attempts: 1 });
  });

  it('throws a TimeoutError when every attempt stalls', async () => {
    const { get } = client(['stall', 'stall'], { timeoutMs: 50, maxRetries: 1 });
    const started = performance.now();
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('GET /things/{id} timed out after 50 ms (attempt 2 of 2); raise `timeoutMs` or check the server.');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
