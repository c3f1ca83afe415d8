import { describe, expect, it } from 'vitest';
import { AbortError, type BaseClientOptions, type CallOptions, ConfigurationError, NetworkError, TimeoutError } from '../src/index.js';
import { type FakeStep, networkFailure, recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const api = { defaultBaseUrl: 'https://api.example.com', credentials: [{ option: 'apiKey', header: 'x-api-key', value: 'k' }] };

function setup(steps: FakeStep[], options: BaseClientOptions = {}) {
  const fake = scriptedFetch(steps);
  const pause = recordingSleep();
  const client = testClient<Paths>(api, { fetch: fake.fetch, sleep: pause.sleep, random: () => 0.5, retryBaseDelayMs: 100, ...options });
  const get = (init: { signal?: AbortSignal } & CallOptions = {}) => client.GET('/things/{id}', { params: { path: { id: '7' } }, ...init });
  const post = (init: CallOptions = {}) => client.POST('/things', { body: { name: 'Ann' }, ...init });
  return { ...fake, delays: pause.delays, client, get, post };
}

const status = (code: number, headers: Record<string, string> = {}) => Response.json({ message: `status ${code}` }, { status: code, headers });

describe('retries', () => {
  it('retries a GET after a 503 and returns the 200, waiting half the base delay', async () => {
    const { calls, delays, get } = setup([status(503)]);
    const { data, response } = await get();
    expect([data, response.status, calls.length, delays]).toEqual([{ id: 'ok' }, 200, 2, [50]]);
  });

  it.each([408, 429, 500, 502, 504])('retries status %i', async (code) => {
    const { calls, get } = setup([status(code)]);
    expect((await get()).response.status).toBe(200);
    expect(calls.length).toBe(2);
  });

  it.each([400, 401, 404, 409])('returns status %i at once', async (code) => {
    const { calls, get } = setup([status(code)]);
    const { error, response } = await get();
    expect([response.status, error, calls.length]).toEqual([code, { message: `status ${code}` }, 1]);
  });

  it('gives up after maxRetries and returns the last answer as openapi-fetch does', async () => {
    const { calls, delays, get } = setup([status(500), status(502), status(503)]);
    const { error, response } = await get();
    expect([response.status, error, calls.length, delays]).toEqual([503, { message: 'status 503' }, 3, [50, 100]]);
  });

  it('doubles the backoff up to maxRetryDelayMs', async () => {
    const { delays, get } = setup([status(503), status(503), status(503), status(503)], { maxRetries: 4, maxRetryDelayMs: 300 });
    await get();
    expect(delays).toEqual([50, 100, 150, 150]);
  });

  it.each([
    { name: 'delay-seconds', header: '7', want: 7000 },
    { name: 'an HTTP date in the past', header: 'Tue, 31 Dec 2024 23:59:00 GMT', want: 0 },
    { name: 'an unreadable value (backoff instead)', header: 'later', want: 50 },
  ])('waits as Retry-After says: $name', async ({ header, want }) => {
    const { delays, get } = setup([status(429, { 'retry-after': header })]);
    expect((await get()).response.status).toBe(200);
    expect(delays).toEqual([want]);
  });

  it('returns a 429 at once when Retry-After asks for longer than maxRetryDelayMs', async () => {
    const { delays, get, calls } = setup([status(429, { 'retry-after': '120' })]);
    expect((await get()).response.status).toBe(429);
    expect([calls.length, delays]).toEqual([1, []]);
  });

  it('never retries a POST unless asked to', async () => {
    const { calls, post } = setup([status(503)]);
    expect((await post()).response.status).toBe(503);
    expect(calls.length).toBe(1);
  });

  it('retries a POST with retryPost, sending the same body each time', async () => {
    const { calls, post } = setup([status(503), networkFailure('ECONNRESET')], { retryPost: true });
    expect((await post()).response.status).toBe(200);
    expect(calls.map((call) => [call.request.method, call.body])).toEqual([
      ['POST', '{"name":"Ann"}'],
      ['POST', '{"name":"Ann"}'],
      ['POST', '{"name":"Ann"}'],
    ]);
  });

  it('lets one call opt in or out of retries and change their number', async () => {
    const optIn = setup([status(503)]);
    expect((await optIn.post({ retry: true })).response.status).toBe(200);
    expect(optIn.calls.length).toBe(2);
    const optOut = setup([status(503)]);
    expect((await optOut.get({ retry: false })).response.status).toBe(503);
    expect(optOut.calls.length).toBe(1);
    const more = setup([status(503), status(503), status(503), status(503)]);
    expect((await more.get({ maxRetries: 4 })).response.status).toBe(200);
    expect(more.calls.length).toBe(5);
  });

  it('sends nothing more with maxRetries 0', async () => {
    const { calls, get } = setup([status(503)], { maxRetries: 0 });
    expect((await get()).response.status).toBe(503);
    expect(calls.length).toBe(1);
  });
});

describe('transport errors', () => {
  it('retries a network error, then throws a NetworkError naming the path template', async () => {
    const { calls, get } = setup([networkFailure('ECONNREFUSED'), networkFailure('ECONNREFUSED'), networkFailure('ECONNREFUSED')]);
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: '/things/{id}', attempts: 3, maxAttempts: 3, code: 'ECONNREFUSED' });
    expect((error as Error).message).toBe('GET /things/{id} got no complete HTTP answer (ECONNREFUSED) (attempt 3 of 3); check `baseUrl` and that the server is up.');
    expect(((error as Error).cause as Error).message).toBe('fetch failed');
    expect(calls.length).toBe(3);
  });

  it('says how to retry a POST that failed once', async () => {
    const { post } = setup([networkFailure('ECONNRESET')]);
    await expect(post()).rejects.toThrow('POST /things got no complete HTTP answer (ECONNRESET) (attempt 1 of 1); check `baseUrl` and that the server is up; POST is retried only with `retryPost`.');
  });

  it('times out each attempt, retries, then throws a TimeoutError', async () => {
    const { calls, get } = setup(['hang', 'hang', 'hang'], { timeoutMs: 20 });
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('GET /things/{id} timed out after 20 ms (attempt 3 of 3); raise `timeoutMs` or check the server.');
    expect([(error as TimeoutError).timeoutMs, calls.length]).toEqual([20, 3]);
  });

  it('takes a per-call timeout over the client’s', async () => {
    const { get } = setup(['hang'], { timeoutMs: 60_000, maxRetries: 0 });
    await expect(get({ timeoutMs: 10 })).rejects.toThrow('GET /things/{id} timed out after 10 ms (attempt 1 of 1)');
  });

  it('recovers when only the first attempt times out', async () => {
    const { calls, get } = setup(['hang'], { timeoutMs: 20 });
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(calls.length).toBe(2);
  });

  it('throws an AbortError, without retrying, when the caller aborts', async () => {
    const { calls, get } = setup(['hang', 'hang']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const error = await get({ signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toBe('GET /things/{id} was aborted (attempt 1 of 3); aborted calls are not retried.');
    expect(calls.length).toBe(1);
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    const controller = new AbortController();
    const client = testClient<Paths>(api, {
      fetch: scriptedFetch([status(503), status(503)]).fetch,
      sleep: (_ms, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    const call = client.GET('/things/{id}', { params: { path: { id: '1' } }, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(call).rejects.toMatchObject({ name: 'AbortError', attempts: 1 });
  });

  it('throws an AbortError for a signal aborted before the call', async () => {
    const { calls, get } = setup([]);
    await expect(get({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(calls.length).toBe(0);
  });
});

describe('headers and options', () => {
  it('names the API package in User-Agent under Node, and sends no header the API does not document', async () => {
    const fake = scriptedFetch([]);
    const client = testClient<Paths>({ ...api, client: { name: '@contactkit/demo', version: '1.2.3' } }, { fetch: fake.fetch });
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    const headers = fake.calls[0]!.request.headers;
    expect(headers.get('user-agent')).toBe(`contactkit-demo/1.2.3 node/${process.versions.node}`);
    expect([...headers.keys()].sort()).toEqual(['user-agent', 'x-api-key']);
  });

  it('sends no User-Agent of its own when the package does not name itself', async () => {
    const { calls, get } = setup([]);
    await get();
    expect(calls[0]?.request.headers.get('user-agent')).toBe(null);
  });

  it.each([
    { options: { timeoutMs: -1 }, message: 'timeoutMs must be a number of milliseconds, 0 or more (got -1).' },
    { options: { maxRetries: 1.5 }, message: 'maxRetries must be a whole number, 0 or more (got 1.5).' },
    { options: { maxRetryDelayMs: Number.NaN }, message: 'maxRetryDelayMs must be a number of milliseconds, 0 or more (got NaN).' },
  ])('refuses $options, saying what is wrong', ({ options, message }) => {
    const create = () => testClient<Paths>(api, options);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
  });

  it.each([
    { options: { timeoutMs: -1 }, message: 'timeoutMs must be a number of milliseconds, 0 or more (got -1).' },
    { options: { maxRetries: 1.5 }, message: 'maxRetries must be a whole number, 0 or more (got 1.5).' },
    { options: { throwOnError: 'yes' }, message: 'throwOnError must be true or false (got yes).' },
  ])('refuses $options for one call too', async ({ options, message }) => {
    await expect(setup([]).get(options as CallOptions)).rejects.toThrow(ConfigurationError);
    await expect(setup([]).get(options as CallOptions)).rejects.toThrow(message);
  });
});
