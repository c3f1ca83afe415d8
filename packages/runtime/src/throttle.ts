import type Bottleneck from 'bottleneck';
// The light build is Bottleneck without its Redis clustering, half the size; it ships no types of its own.
// @ts-expect-error: no declaration file for 'bottleneck/light.js'; typed below as the full build, whose API it shares.
import BottleneckLight from 'bottleneck/light.js';
import { invalid } from './errors.js';

const Limiter: typeof Bottleneck = BottleneckLight;

/** Paces requests; one throttle can be shared by several clients (e.g. all clients of one account). */
export interface Throttle {
  /** Resolves when one more request may be sent; rejects with `signal.reason` as soon as the signal aborts while waiting. */
  acquire(signal: AbortSignal): Promise<void>;
}

/** Options of {@link throttle}. */
export interface ThrottleOptions {
  /** How many requests may start in one window: a whole number, 1 or more. */
  limit: number;
  /** How long a window lasts, in milliseconds: more than 0. */
  intervalMs: number;
}

/**
 * A throttle that lets at most `limit` requests start in each window of
 * `intervalMs` milliseconds, for APIs that document a rate limit.
 *
 * The windows are fixed, not sliding (Bottleneck's reservoir): the first opens
 * when the throttle is created, and each refills to `limit` when it ends.
 * Bottleneck looks at the clock every 250 ms, so a window lasts `intervalMs`
 * rounded up to the next multiple of 250 ms: sometimes longer, never
 * shorter. Because windows are fixed, up to `2 * limit` requests
 * can start within one `intervalMs` that straddles two windows; an API that
 * counts over a sliding window may want a slightly lower `limit`.
 *
 * Requests that have to wait are served in the order they asked. One whose
 * signal aborts while waiting is rejected at once with the signal's reason and
 * uses no request of any window.
 *
 * Bottleneck hands out slots one at a time through timers, a few milliseconds
 * each: nothing next to a limit of some requests a second or a minute, but a
 * cap of a few hundred a second. Each throttle keeps a timer for its windows
 * (which does not keep the process alive), so create one per rate limit, e.g.
 * per account, and keep it.
 *
 * @throws {ConfigurationError} when `limit` is not a whole number, 1 or more,
 * or `intervalMs` not a finite number more than 0.
 *
 * @example
 * // 8x8 Directory allows 60 requests a minute per customer account, shared by
 * // all of its API keys: every client of that account gets the same throttle.
 * const shared = throttle({ limit: 60, intervalMs: 60_000 });
 * const reports = createClient({ apiKey: reportsKey, throttle: shared });
 * const sync = createClient({ apiKey: syncKey, throttle: shared });
 */
export function throttle({ limit, intervalMs }: ThrottleOptions): Throttle {
  if (!(Number.isInteger(limit) && limit >= 1)) invalid('limit', 'a whole number, 1 or more', limit);
  if (!(Number.isFinite(intervalMs) && intervalMs > 0)) invalid('intervalMs', 'a finite number of milliseconds, more than 0', intervalMs);

  const limiter = new Limiter({
    reservoir: limit,
    reservoirRefreshAmount: limit,
    reservoirRefreshInterval: intervalMs,
  });

  return {
    acquire(signal) {
      return new Promise((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        // Bottleneck cannot take a job out of its queue, so an aborted request
        // keeps its place; when its turn comes it hands its slot straight back.
        limiter.schedule(async () => {
          signal.removeEventListener('abort', onAbort);
          if (signal.aborted) await limiter.incrementReservoir(1);
          else resolve();
        });
      });
    },
  };
}
