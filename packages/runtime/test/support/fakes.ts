import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { type ApiSettings, type BaseClientOptions, createApiClient } from '../../src/index.js';
import type { Sleep, TestHooks } from '../../src/internal.js';

/** One scripted answer of a fake fetch: a Response, or an error to throw, or 'hang' until aborted. */
export type FakeStep = Response | Error | 'hang';

/**
 * A fetch that answers from a script, one step per call, then 200 `{ id: 'ok' }`.
 * Records every request with its body text, read before answering.
 */
export function scriptedFetch(steps: FakeStep[]) {
  const calls: { request: Request; body: string }[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    // As a real fetch does: an aborted signal stops the request before it is sent.
    if (request.signal.aborted) throw request.signal.reason;
    calls.push({ request, body: await request.text() });
    const step = steps.shift() ?? Response.json({ id: 'ok' });
    if (step === 'hang') return hang(request.signal);
    if (step instanceof Error) throw step;
    return step;
  };
  return { calls, fetch };
}

/** Never settles, except by rejecting with the signal's reason as a real fetch does. */
function hang(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A sleep that records each delay and returns at once. */
export function recordingSleep() {
  const delays: number[] = [];
  const sleep: Sleep = async (ms) => {
    delays.push(ms);
  };
  return { delays, sleep };
}

/** The error undici's fetch throws when a connection fails, with the system code as its cause. */
export function networkFailure(code: string, message = `connect ${code} 127.0.0.1:9`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

/** A deterministic random source in [0, 1), so that fault plans and jitter repeat. */
export function seededRandom(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

/** `createApiClient` with the test hooks (backoff's random source, sleep) its public options leave out. */
export function testClient<Paths extends {}, Throws extends boolean = false>(settings: ApiSettings, options: BaseClientOptions & TestHooks = {}) {
  return createApiClient<Paths, Throws>(settings, options);
}
