import { formatAttempt } from './debug.js';
import { AbortError, NetworkError, type RequestError, type RequestErrorDetails, TimeoutError } from './errors.js';
import { type Redact, redactCause } from './redact.js';
import { overridesOf } from './request-options.js';
import { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterMs, type Sleep } from './retry.js';
import { startDeadline } from './timeout.js';

/** A `fetch` as openapi-fetch calls it. */
export type Fetch = (request: Request) => Promise<Response>;

/** The resolved behaviour of one client's transport. */
export interface TransportSettings {
  timeoutMs: number;
  maxRetries: number;
  retryPost: boolean;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
  random: () => number;
  sleep: Sleep;
  debug: ((line: string) => void) | undefined;
  redact: Redact;
  /** Remember how many attempts each answered request took, for `HttpError`. */
  recordAttempts: boolean;
}

type Failure = 'abort' | 'timeout' | 'network';

const attemptsByRequest = new WeakMap<Request, { attempts: number; maxAttempts: number }>();

/** How many attempts an answered request took (recorded only when `recordAttempts` is set). */
export function attemptsOf(request: Request): { attempts: number; maxAttempts: number } | undefined {
  return attemptsByRequest.get(request);
}

/**
 * Wraps a `fetch` with timeouts and retries. Failures that got no HTTP answer
 * are thrown as {@link RequestError}s whose `pathTemplate` is the URL's path
 * until the client's middleware, which knows the template, replaces it.
 */
export function createTransport(customFetch: Fetch | undefined, settings: TransportSettings): Fetch {
  // The global fetch takes the signal as an init, which saves building a second Request.
  const send = customFetch
    ? (request: Request, signal: AbortSignal | undefined) => customFetch(signal ? new Request(request, { signal }) : request)
    : (request: Request, signal: AbortSignal | undefined) => (signal ? fetch(request, { signal }) : fetch(request));

  return async function contactkitFetch(request) {
    const override = overridesOf(request);
    const timeoutMs = override?.timeoutMs ?? settings.timeoutMs;
    const retryable = override?.retry ?? isRetryableMethod(request.method, settings.retryPost);
    const maxAttempts = retryable ? 1 + (override?.maxRetries ?? settings.maxRetries) : 1;
    // A sent body is consumed: keep an unsent copy for the attempts after the first.
    // Only when a retry can happen, since cloning tees the body stream.
    const spare = maxAttempts > 1 && request.body !== null ? request.clone() : undefined;
    const details = (attempts: number, cause?: unknown): RequestErrorDetails => ({
      method: request.method,
      pathTemplate: new URL(request.url).pathname,
      attempts,
      maxAttempts,
      cause: cause === undefined ? undefined : redactCause(cause, settings.redact),
    });
    const report = (attempt: number, started: number, outcome: string, retryInMs?: number) => {
      if (!settings.debug) return;
      const line = formatAttempt({ method: request.method, url: request.url, outcome, durationMs: performance.now() - started, attempt, maxAttempts, retryInMs }, settings.redact);
      try {
        settings.debug(line);
      } catch {
        // A failing logger must not fail the request.
      }
    };
    const pause = async (ms: number, attempt: number) => {
      try {
        await settings.sleep(ms, request.signal);
      } catch {
        // Only an abort is expected here; it is checked below.
      }
      if (request.signal.aborted) throw new AbortError(details(attempt, request.signal.reason));
    };

    for (let attempt = 1; ; attempt++) {
      const outgoing = attempt === 1 || spare === undefined ? request : attempt < maxAttempts ? spare.clone() : spare;
      const started = settings.debug ? performance.now() : 0;
      const deadline = startDeadline(request.signal, timeoutMs);
      let response: Response;
      try {
        response = await send(outgoing, deadline?.signal);
      } catch (cause) {
        deadline?.clear();
        const failure: Failure = request.signal.aborted ? 'abort' : deadline?.timedOut ? 'timeout' : 'network';
        const retryInMs = failure !== 'abort' && attempt < maxAttempts ? backoff(settings, attempt) : undefined;
        report(attempt, started, describeFailure(failure, timeoutMs, cause), retryInMs);
        if (retryInMs === undefined) throw failureError(failure, details(attempt, cause), timeoutMs, cause, settings.redact);
        await pause(retryInMs, attempt);
        continue;
      }
      deadline?.clear();
      if (attempt < maxAttempts && isRetryableStatus(response.status)) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        const retryInMs = asked === undefined ? backoff(settings, attempt) : Math.min(asked, settings.maxRetryDelayMs);
        report(attempt, started, String(response.status), retryInMs);
        // Frees the connection; the body of an answer we drop is of no use.
        response.body?.cancel().catch(() => undefined);
        await pause(retryInMs, attempt);
        continue;
      }
      report(attempt, started, String(response.status));
      if (settings.recordAttempts) attemptsByRequest.set(request, { attempts: attempt, maxAttempts });
      return response;
    }
  };
}

function backoff(settings: TransportSettings, attempt: number): number {
  return backoffDelay(attempt - 1, settings.retryBaseDelayMs, settings.maxRetryDelayMs, settings.random);
}

function failureError(failure: Failure, details: RequestErrorDetails, timeoutMs: number, cause: unknown, redact: Redact): RequestError {
  if (failure === 'abort') return new AbortError(details);
  if (failure === 'timeout') return new TimeoutError({ ...details, timeoutMs });
  const code = errorCode(cause);
  return new NetworkError({ ...details, code: code === undefined ? undefined : redact(code) });
}

function describeFailure(failure: Failure, timeoutMs: number, cause: unknown): string {
  if (failure === 'abort') return 'aborted by the caller';
  if (failure === 'timeout') return `timed out after ${timeoutMs} ms`;
  return `network error ${errorCode(cause) ?? ''}`.trimEnd();
}

// undici reports `TypeError: fetch failed` with the system error as its cause.
function errorCode(error: unknown): string | undefined {
  for (let depth = 0; depth < 4 && typeof error === 'object' && error !== null; depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    error = (error as { cause?: unknown }).cause;
  }
  return undefined;
}
