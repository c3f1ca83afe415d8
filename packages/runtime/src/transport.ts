import type { BaseClientOptions } from './client.js';
import { AbortError, checkNumber, HttpError, NetworkError, type RequestError, TimeoutError } from './errors.js';
import { overrides } from './request-options.js';
import { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterMs, sleep } from './retry.js';

const noop = () => {};

/**
 * The client's `fetch`: the caller's (or the global one) with timeouts and
 * retries, reading and checking its options from the client's. Every failure
 * is thrown as a `RequestError` whose `pathTemplate` is the URL's path, until
 * the client's middleware, which knows the template, puts it in.
 *
 * An attempt with a timeout costs one AbortController and one timer, the
 * timer let go once the response starts: `AbortSignal.timeout` and
 * `AbortSignal.any` cost more and keep a timer alive for the whole timeout.
 * The caller's signal stays linked to the attempt's controller, so that an
 * abort while the body is read stops the read too. The link is a listener on
 * the request's own signal, which lives as long as the request: it is never
 * removed, which saves a removal per call.
 */
export function createTransport(options: BaseClientOptions, secrets: string[]): (request: Request) => Promise<Response> {
  const number = (option: 'timeoutMs' | 'maxRetries' | 'retryBaseDelayMs' | 'maxRetryDelayMs', fallback: number, whole?: boolean) => {
    const value = options[option] ?? fallback;
    checkNumber(option, value, whole);
    return value;
  };
  const clientTimeoutMs = number('timeoutMs', 30_000);
  const clientMaxRetries = number('maxRetries', 2, true);
  const baseDelayMs = number('retryBaseDelayMs', 250);
  const maxDelayMs = number('maxRetryDelayMs', 10_000);
  const { fetch: customFetch, retryPost = false, random = Math.random, sleep: wait = sleep, throwOnError } = options;

  return async (request) => {
    const { method, signal } = request;
    const override = overrides.get(request);
    const timeoutMs = override?.timeoutMs ?? clientTimeoutMs;
    const maxAttempts = (override?.retry ?? isRetryableMethod(method, retryPost)) ? 1 + (override?.maxRetries ?? clientMaxRetries) : 1;
    // A sent body is consumed: keep an unsent copy for the attempts after the first.
    // Only when a retry can happen, since cloning tees the body stream.
    const spare = maxAttempts > 1 && request.body ? request.clone() : undefined;
    const fail = (Kind: typeof RequestError, attempts: number, cause: unknown, what: string, todo: string, extra?: object) =>
      new Kind({ method, pathTemplate: new URL(request.url).pathname, attempts, maxAttempts, cause, ...extra }, what, todo);
    const aborted = (attempts: number, cause: unknown) => fail(AbortError, attempts, scrubCause(cause, secrets), 'was aborted', 'aborted calls are not retried');

    for (let attempt = 1; ; attempt++) {
      const outgoing = attempt < 2 || !spare ? request : attempt < maxAttempts ? spare.clone() : spare;
      let response: Response | undefined;
      let timedOut = false;
      let controller: AbortController | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // setTimeout fires at once beyond 2^31 - 1 ms: such a limit means none.
      if (timeoutMs > 0 && timeoutMs < 2 ** 31) {
        controller = new AbortController();
        timer = setTimeout(() => {
          timedOut = true;
          controller!.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
        }, timeoutMs);
        const onAbort = () => controller!.abort(signal.reason);
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }
      try {
        // The global fetch takes the signal as an init, which saves building a second Request.
        const init = controller && { signal: controller.signal };
        response = await (customFetch ? customFetch(init ? new Request(outgoing, init) : outgoing) : fetch(outgoing, init));
      } catch (thrown) {
        if (signal.aborted) throw aborted(attempt, thrown);
        if (attempt === maxAttempts) {
          const cause = scrubCause(thrown, secrets) as { code?: unknown; cause?: { code?: unknown } } | undefined;
          // undici reports `TypeError: fetch failed` with the system error as its cause.
          const code = cause?.code ?? cause?.cause?.code;
          // The option people look for when a POST failed at once.
          const hint = maxAttempts < 2 && method === 'POST' ? '; POST is retried only with `retryPost`' : '';
          throw timedOut
            ? fail(TimeoutError, attempt, cause, `timed out after ${timeoutMs} ms`, `raise \`timeoutMs\` or check the server${hint}`, { timeoutMs })
            : fail(NetworkError, attempt, cause, `got no HTTP answer (${code ?? 'no error code'})`, `check \`baseUrl\` and that the server is up${hint}`, { code });
        }
      } finally {
        clearTimeout(timer);
      }
      if (response && (attempt === maxAttempts || !isRetryableStatus(response.status))) {
        if (response.ok || !throwOnError) return response;
        const { status } = response;
        // The body may echo what was sent: each credential is replaced in its text, before parsing.
        let body: unknown = scrub(await response.text(), secrets);
        try {
          body = JSON.parse(body as string);
        } catch {
          // Not JSON: keep the text.
        }
        const { errorId, message } = (body instanceof Object ? body : {}) as { errorId?: unknown; message?: unknown };
        const id = errorId == null ? undefined : `${errorId}`;
        throw fail(
          HttpError,
          attempt,
          undefined,
          `answered HTTP ${status}${id ? ` (errorId ${id})` : ''}${typeof message === 'string' ? `: "${message.slice(0, 200)}"` : ''}`,
          status === 401 || status === 403 ? 'check the credentials' : status === 404 ? 'check the ids in the path' : isRetryableStatus(status) ? 'try again later' : 'see its body',
          { status, body, errorId: id },
        );
      }
      const asked = response && retryAfterMs(response.headers.get('retry-after'));
      // Frees the connection; the body of an answer we drop is of no use.
      response?.body?.cancel().catch(noop);
      // The sleep rejects only on abort, which is checked next.
      await wait(asked === undefined ? backoffDelay(attempt - 1, baseDelayMs, maxDelayMs, random) : Math.min(asked, maxDelayMs), signal).catch(noop);
      if (signal.aborted) throw aborted(attempt, signal.reason);
    }
  };
}

/** Replaces every credential value in `text` with `[redacted]`. */
const scrub = (text: string, secrets: string[]): string => secrets.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);

// Whether a string reachable from `value` through own properties (6 levels) holds a credential.
function mentions(value: unknown, secrets: string[], depth = 0): boolean {
  if (typeof value === 'string') return secrets.some((secret) => value.includes(secret));
  return value instanceof Object && depth < 6 && Object.getOwnPropertyNames(value).some((key) => mentions(key, secrets) || mentions((value as Record<string, unknown>)[key], secrets, depth + 1));
}

/**
 * The cause to attach to an error: the original when it holds no credential
 * (so that its stack and type stay useful), else an Error chain keeping only
 * the messages and string codes, credentials replaced. A custom `fetch` may
 * well echo request headers in its errors.
 */
function scrubCause(cause: unknown, secrets: string[], depth = 0): unknown {
  if (!mentions(cause, secrets)) return cause;
  if (!(cause instanceof Error) || depth > 4) return '[redacted]';
  const { code } = cause as { code?: unknown };
  return Object.assign(new Error(scrub(cause.message, secrets), { cause: scrubCause(cause.cause, secrets, depth + 1) }), typeof code === 'string' && { code: scrub(code, secrets) });
}
