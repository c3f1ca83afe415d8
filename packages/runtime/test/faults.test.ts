import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AbortError, type BaseClientOptions, NetworkError, TimeoutError } from '../src/index.js';
import type { TestHooks } from '../src/internal.js';
import { recordingSleep, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { type Step, startScriptedServer } from './support/server.js';

// Faults of the connection itself: resets, stalls, slow bodies, deadlines, aborts.
let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeAll(async () => {
  server = await startScriptedServer();
  // The process's first fetch loads undici: paid here rather than within a test's time limit.
  await (await fetch(server.url)).text();
});
afterAll(() => server.close());

function client(steps: Step[], options: BaseClientOptions & TestHooks = {}) {
  const run = server.run(steps);
  const api = testClient<Paths>({ credentials: [] }, { baseUrl: server.url, headers: run.headers, sleep: recordingSleep().sleep, ...options });
  return {
    api,
    hits: run.hits,
    get: (init: { signal?: AbortSignal } = {}) => api.GET('/things/{id}', { params: { path: { id: '1' } }, ...init }),
    post: () => api.POST('/things', { body: { name: 'Ann' } }),
  };
}

const failure = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call should have thrown'), (caught: unknown) => caught);

describe('a connection reset', () => {
  it('before the headers is retried, and the 200 returned', async () => {
    const { get, hits } = client(['reset']);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(hits().length).toBe(2);
  });

  it('before the headers of every attempt throws a NetworkError', async () => {
    const { get, hits } = client(['reset', 'reset', 'reset']);
    const error = await failure(get());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, maxAttempts: 3, pathTemplate: '/things/{id}', code: 'UND_ERR_SOCKET' });
    expect(hits().length).toBe(3);
  });

  it('while a GET’s body is read is retried, and the 200 returned', async () => {
    const { get, hits } = client(['reset-mid-body']);
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(hits().length).toBe(2);
  });

  it('while the body of every attempt is read throws a NetworkError', async () => {
    const { get, hits } = client(['reset-mid-body', 'reset-mid-body', 'reset-mid-body']);
    const error = await failure(get());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, maxAttempts: 3, code: 'UND_ERR_SOCKET' });
    expect(hits().length).toBe(3);
  });

  it('while a POST’s body is read is not retried: one request, a NetworkError naming retryPost', async () => {
    const { post, hits } = client(['reset-mid-body']);
    const error = await failure(post());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'POST', attempts: 1, maxAttempts: 1, code: 'UND_ERR_SOCKET' });
    expect((error as Error).message).toContain('POST is retried only with `retryPost`');
    expect(hits().map((hit) => [hit.method, hit.body])).toEqual([['POST', '{"name":"Ann"}']]);
  });

  it('before a POST’s headers is not retried, and the POST sent once', async () => {
    const { post, hits } = client(['reset']);
    await expect(post()).rejects.toMatchObject({ name: 'NetworkError', attempts: 1, maxAttempts: 1 });
    expect(hits().map((hit) => [hit.method, hit.body])).toEqual([['POST', '{"name":"Ann"}']]);
  });

  it('of an opted-in POST is retried with its body intact', async () => {
    const { api, hits } = client(['reset', 'reset-mid-body', { status: 503 }], { retryPost: true, maxRetries: 3 });
    expect((await api.POST('/things', { body: { name: 'Ann' } })).response.status).toBe(200);
    expect(hits().map((hit) => hit.body)).toEqual(Array.from({ length: 4 }, () => '{"name":"Ann"}'));
  });
});

describe('time limits', () => {
  it('timeoutMs cuts a stalled answer, which is retried', async () => {
    const { get, hits } = client(['stall'], { timeoutMs: 100 });
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(hits().length).toBe(2);
  });

  it('timeoutMs cuts a body that comes too slowly, which is retried', async () => {
    const { get, hits } = client(['slow-body'], { timeoutMs: 100 });
    expect((await get()).data).toEqual({ id: 'ok' });
    expect(hits().length).toBe(2);
  });

  it('throws a TimeoutError for timeoutMs when the body of every attempt is too slow', async () => {
    const { get, hits } = client(['slow-body', 'slow-body'], { timeoutMs: 50, maxRetries: 1 });
    const error = await failure(get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: 'timeoutMs', timeoutMs: 50, attempts: 2, maxAttempts: 2 });
    expect((error as Error).message).toBe('GET /things/{id} timed out after 50 ms (attempt 2 of 2); raise `timeoutMs` or check the server.');
    expect(hits().length).toBe(2);
  });

  it('throws a TimeoutError for totalTimeoutMs when the deadline comes during a later attempt, and sends no more', async () => {
    // Two 503s answered at once, then an attempt that outlasts what is left of the 300 ms.
    const { get, hits } = client([{ status: 503 }, { status: 503 }, 'stall'], { timeoutMs: 5000, totalTimeoutMs: 300, maxRetries: 5, random: () => 0 });
    const error = await failure(get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: 'totalTimeoutMs', timeoutMs: 300, attempts: 3, maxAttempts: 6 });
    expect((error as Error).message).toBe('GET /things/{id} ran out of its 300 ms in all (attempt 3 of 6); raise `totalTimeoutMs` or check the server.');
    expect(hits().length).toBe(3);
  });

  // A backoff of 5 s, cut short by the 100 ms deadline, with a real wait.
  const deadlineInWait = (sleep: (ms: number) => Promise<void>) => client([{ status: 503 }], { totalTimeoutMs: 100, retryBaseDelayMs: 10_000, random: () => 0.5, sleep });

  it('throws a TimeoutError for totalTimeoutMs when the deadline comes during the wait between attempts', async () => {
    // A wait that ends no sooner than asked by performance.now(), the deadline's clock.
    const { get, hits } = deadlineInWait(async (ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end) await new Promise((resolve) => setTimeout(resolve, end - performance.now()));
    });
    const error = await failure(get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: 'totalTimeoutMs', timeoutMs: 100, attempts: 1 });
    expect(hits().length).toBe(1);
  });

  it('sends no more when a wait cut short by the deadline ends a little before it', async () => {
    // Node's timers may end a fraction of a millisecond early by performance.now(), since they count
    // from the event loop's cached clock. This wait moves that clock to 0.5 ms before the deadline:
    // what is left is no time for another attempt.
    const realNow = performance.now.bind(performance);
    const clock = vi.spyOn(performance, 'now');
    try {
      const { get, hits } = deadlineInWait(async (ms) => {
        const shift = ms - 0.5;
        clock.mockImplementation(() => realNow() + shift);
      });
      const error = await failure(get());
      expect(error).toMatchObject({ name: 'TimeoutError', limit: 'totalTimeoutMs', attempts: 1 });
      expect(hits().length).toBe(1);
    } finally {
      clock.mockRestore();
    }
  });
});

describe('the caller’s signal', () => {
  it('aborts an attempt waiting for its headers, with an AbortError, and no retry', async () => {
    const { get, hits } = client(['stall']);
    const controller = new AbortController();
    const call = failure(get({ signal: controller.signal }));
    await expect.poll(() => hits().length).toBe(1);
    controller.abort();
    expect(await call).toBeInstanceOf(AbortError);
    expect(hits().length).toBe(1);
  });

  it('stops the reading of a body, with an AbortError, and no retry', async () => {
    let headersIn = false;
    // The global fetch, watched: it resolves once the headers are in, and the body is read after.
    const watched = async (request: Request) => {
      const response = await fetch(request);
      headersIn = true;
      return response;
    };
    const { get, hits } = client(['stall-body'], { fetch: watched });
    const controller = new AbortController();
    const call = failure(get({ signal: controller.signal }));
    await expect.poll(() => headersIn).toBe(true);
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ attempts: 1, maxAttempts: 3 });
    expect(hits().length).toBe(1);
  });

  it('ends the wait between attempts, with an AbortError', async () => {
    const controller = new AbortController();
    // Aborts as the wait begins, then rejects as the real sleep does.
    const sleep = async (_ms: number, signal: AbortSignal) => {
      controller.abort();
      throw signal.reason;
    };
    const { get, hits } = client([{ status: 503 }], { sleep });
    const error = await failure(get({ signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(hits().length).toBe(1);
  });
});

describe('a custom fetch', () => {
  it('that throws a programming error has it thrown back as is, after one call', async () => {
    const bug = new ReferenceError('respone is not defined');
    let calls = 0;
    const { get, hits } = client([], {
      fetch: async (request) => {
        calls++;
        await (await fetch(request)).text();
        throw bug;
      },
    });
    expect(await failure(get())).toBe(bug);
    expect([calls, hits().length]).toEqual([1, 1]);
  });

  it('that throws a TypeError of its own, naming fetch, has it thrown back as is, after one call', async () => {
    let calls = 0;
    const { get, hits } = client([], {
      // A wrapper whose inner client is unset: V8 throws "Cannot read properties of undefined (reading 'fetch')".
      fetch: async (request) => {
        calls++;
        const inner = undefined as unknown as { fetch: typeof fetch };
        return inner.fetch(request);
      },
    });
    const error = await failure(get());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("Cannot read properties of undefined (reading 'fetch')");
    expect([calls, hits().length]).toEqual([1, 0]);
  });
});
