import type { Middleware } from 'openapi-fetch';
import { checkNumber } from './errors.js';

/** Options of one call, overriding the client's; see {@link requestOptions}. */
export interface PerRequestOptions {
  /** Time limit of each attempt of this call, in milliseconds; 0 for none. */
  timeoutMs?: number;
  /** Retries allowed for this call. */
  maxRetries?: number;
  /**
   * `true` retries this call whatever its method (e.g. a POST that carries an
   * idempotency key); `false` never retries it. By default GET, PUT, DELETE,
   * HEAD and OPTIONS are retried, and POST only with the client's `retryPost`.
   */
  retry?: boolean;
}

// Keyed by the Request openapi-fetch builds, which is the one handed to the
// client's fetch: the only way to reach it without a typed init field.
export const overrides = new WeakMap<Request, PerRequestOptions>();

/**
 * Overrides the client's timeout and retry options for one call.
 *
 * @example
 * await client.POST('/contacts', { body, middleware: [requestOptions({ retry: true, timeoutMs: 5000 })] });
 */
export function requestOptions(options: PerRequestOptions): Middleware {
  if (options.timeoutMs !== undefined) checkNumber('timeoutMs', options.timeoutMs);
  if (options.maxRetries !== undefined) checkNumber('maxRetries', options.maxRetries, true);
  return {
    onRequest({ request }) {
      overrides.set(request, options);
    },
  };
}
