/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Whether a request with this method may be sent again: GET, PUT, DELETE, HEAD, OPTIONS; POST only when opted in. */
export function isRetryableMethod(method: string, retryPost: boolean): boolean {
  return /^(GET|PUT|DELETE|HEAD|OPTIONS)$/.test(method) || (retryPost && method === 'POST');
}

/** 408 Request Timeout, 429 Too Many Requests and every 5xx are worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status > 499 && status < 600);
}

/**
 * Exponential backoff with full jitter: a uniform delay in
 * `[0, min(maxDelayMs, baseDelayMs * 2^retry))`, so that many clients that
 * failed together do not come back together. `retry` counts from 0.
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retry));
}

/**
 * The default {@link Sleep}: a timer that is cleared if the signal aborts.
 * The signal is the request's own, so its listener goes with the request.
 */
const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    // setTimeout fires at once beyond 2^31 - 1 ms: wait that long at most, which is already weeks.
    const timer = setTimeout(resolve, signal.aborted ? 0 : Math.min(ms, 2 ** 31 - 1));
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** What tests may swap in through a client's options, kept out of its public types. */
export interface TestHooks {
  /** The backoff's random source, in `[0, 1)`. */
  random?: () => number;
  /** Waits between attempts. */
  sleep?: Sleep;
}

/** The defaults of {@link TestHooks}. */
export const testHooks: Required<TestHooks> = { random: Math.random, sleep };
