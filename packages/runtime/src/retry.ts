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
 * The delay a `Retry-After` header asks for, in milliseconds: either
 * delay-seconds or an HTTP date. `undefined` when the header is absent or
 * unreadable, so that the caller falls back to backoff.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names its month; without this, Date.parse reads "-1" as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The default {@link Sleep}: a timer that is cleared if the signal aborts.
 * The signal is the request's own, so its listener goes with the request.
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, signal.aborted ? 0 : ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
