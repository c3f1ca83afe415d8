import { givenCredentials } from './credentials.js';
import { AbortError, AuthenticationError, checkNumber, type HttpError, httpErrorClass, NetworkError, NotFoundError, PermissionDeniedError, type RequestError, ResponseParseError, TimeoutError } from './errors.js';
import type { ApiSettings, BaseClientOptions, CallOptions, OperationFacts } from './options.js';
import { scrub, scrubCause } from './redact.js';
import { backoffDelay, isRetryableMethod, isRetryableStatus, type TestHooks, testHooks } from './retry.js';
import { retryAfterMs } from './retry-after.js';

/** What the client tells the transport about one call. */
export interface CallContext extends CallOptions {
  /** The path as the spec names it: the only path an error may carry. */
  pathTemplate: string;
  /** What the spec says about the operation's answers. */
  facts: OperationFacts | undefined;
  /** Read and parse a 2xx body as JSON here, inside the retries, rather than leave it to the caller. */
  json: boolean;
}

/** The parsed body of each 2xx answer the transport read, and whether the spec declares it a failure. */
export const parsedBodies = new WeakMap<Response, { value: unknown; failed: boolean }>();

const noop = () => {};

/** The error `JSON.parse` throws for `text`. */
function syntaxErrorOf(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
}

// Network failures reject with a TypeError of a few known messages (undici:
// "fetch failed", and "terminated" for a body cut short; Chromium: "Failed
// to fetch", "network error"; Firefox: "NetworkError when attempting to
// fetch resource."; Safari: "Load failed"), or, from fetch-like libraries,
// with a system error code. Anything else a custom fetch throws is a bug in it.
const isNetworkFailure = (thrown: unknown) =>
  typeof (thrown as { code?: unknown } | null)?.code === 'string' ||
  (thrown instanceof TypeError && /^(fetch failed|terminated|failed to fetch|network ?error\b.*|load failed)$/i.test(thrown.message));

/**
 * The client's sending of one call: the caller's `fetch` (or the global one)
 * with the throttle, timeouts, retries and reading of the body, every failure
 * thrown as a `RequestError` that names the path template.
 *
 * An attempt with a time limit costs one AbortController and one timer, let
 * go once the body is read: `AbortSignal.timeout` and `AbortSignal.any` cost
 * more and keep a timer alive for the whole limit. The caller's signal stays
 * linked to the attempt's controller through a listener on the request's own
 * signal, which lives as long as the request: it is never removed, which
 * saves a removal per call.
 *
 * A 2xx body is read and parsed here, so that a connection reset while it
 * is read is retried like any network failure, and its parsed value is left
 * in {@link parsedBodies}. An error answer's body is read from a copy, so
 * that the response returned can still be read.
 */
export function createTransport(options: BaseClientOptions, settings: ApiSettings): (request: Request, call: CallContext) => Promise<Response> {
  const number = (option: 'timeoutMs' | 'totalTimeoutMs' | 'maxRetries' | 'retryBaseDelayMs' | 'maxRetryDelayMs', fallback: number, whole?: boolean) => {
    const value = options[option] ?? fallback;
    checkNumber(option, value, whole);
    return value;
  };
  const clientTimeoutMs = number('timeoutMs', 30_000);
  const clientTotalTimeoutMs = number('totalTimeoutMs', 0);
  const clientMaxRetries = number('maxRetries', 2, true);
  const baseDelayMs = number('retryBaseDelayMs', 250);
  const maxDelayMs = number('maxRetryDelayMs', 60_000);
  const { fetch: customFetch, retryPost = false, throwOnError: clientThrows = false, throttle } = options;
  const { random = testHooks.random, sleep = testHooks.sleep } = options as TestHooks;
  // Every credential given, whichever calls send it.
  const secrets = givenCredentials(settings).map(({ value }) => value as string);
  const { errorBody = {}, requestIdHeader } = settings;

  return async (request, call) => {
    const { method, signal } = request;
    const timeoutMs = call.timeoutMs ?? clientTimeoutMs;
    const totalTimeoutMs = call.totalTimeoutMs ?? clientTotalTimeoutMs;
    const maxAttempts = (call.retry ?? isRetryableMethod(method, retryPost)) ? 1 + (call.maxRetries ?? clientMaxRetries) : 1;
    const deadline = totalTimeoutMs > 0 ? performance.now() + totalTimeoutMs : Number.POSITIVE_INFINITY;
    // A sent body is consumed: keep an unsent copy for the attempts after the first.
    // Only when a retry can happen, since cloning tees the body stream.
    const spare = maxAttempts > 1 && request.body ? request.clone() : undefined;
    const fail = <Kind extends RequestError>(Class: new (...args: ConstructorParameters<typeof RequestError>) => Kind, attempts: number, what: string, todo: string, extra?: object) =>
      new Class({ method, pathTemplate: call.pathTemplate, attempts, maxAttempts, ...extra }, what, todo);
    const aborted = (attempts: number, cause: unknown) => fail(AbortError, attempts, 'was aborted', 'aborted calls are not retried', { cause: scrubCause(cause, secrets) });
    const outOfTime = (attempts: number, cause?: unknown) =>
      fail(TimeoutError, attempts, `ran out of its ${totalTimeoutMs} ms in all`, 'raise `totalTimeoutMs` or check the server', { limit: 'totalTimeoutMs', timeoutMs: totalTimeoutMs, cause });

    /** The error answer's `HttpError`, of `Class` or of its status's family. */
    const httpError = (response: Response, text: string, attempts: number, Class = httpErrorClass(response.status)): HttpError => {
      const { status } = response;
      // The body may echo what was sent: each credential is replaced in its text, before parsing.
      const clean = scrub(text, secrets);
      let body: unknown;
      try {
        body = JSON.parse(clean);
      } catch {
        // No JSON body: `text` keeps what came.
      }
      const pick = (names: readonly string[] = []) => {
        for (const name of names) {
          const value = (body as Record<string, unknown> | null)?.[name];
          if (value != null && typeof value !== 'object') return `${value}`;
        }
      };
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = scrub(value, secrets);
      });
      const message = pick(errorBody.message);
      const code = pick(errorBody.code);
      const asked = retryAfterMs(headers['retry-after']);
      const todo =
        asked! > maxDelayMs
          ? `it asked to wait ${Math.ceil(asked! / 1000)} s, more than \`maxRetryDelayMs\` allows: try again then`
          : Class === AuthenticationError || Class === PermissionDeniedError
            ? 'check the credentials'
            : Class === NotFoundError
              ? `check the ids ${call.pathTemplate.includes('{') ? 'in the path' : 'it sent'}`
              : isRetryableStatus(status)
                ? 'try again later'
                : 'see its body';
      // A 2xx failure says why an OK status is an error.
      const declared = response.ok ? ` with a body its spec declares a ${Class.name}` : '';
      // A self-hosted server older than the route, or of another edition, has no such route.
      const route = status === 404 && call.facts?.requires ? `. A server without this route also answers 404: ${method} ${call.pathTemplate} needs ${call.facts.requires}` : '';
      return fail(Class, attempts, `answered HTTP ${status}${declared}${code ? ` (${code})` : ''}${message ? `: "${message.slice(0, 200)}"` : ''}`, todo + route, {
        status,
        headers,
        body,
        text: clean,
        code,
        requestId: requestIdHeader && headers[requestIdHeader.toLowerCase()],
        retryAfterMs: asked,
      });
    };

    /** The answer to return, or the error to throw, once its body is read. */
    const settle = (response: Response, text: string | undefined, attempts: number): Response => {
      const throws = call.throwOnError ?? clientThrows;
      const { status } = response;
      if (!response.ok) {
        if (throws) throw httpError(response, text!, attempts);
        return response;
      }
      if (!call.json) return response;
      let value: unknown;
      const unreadable = (what: string, cause?: unknown) =>
        fail(ResponseParseError, attempts, `answered HTTP ${status} with ${what}`, 'the answer breaks the API\'s spec: check `baseUrl` points at the API, or report it', {
          status,
          // Scrubbed before it is cut, so that no part of a credential is left at the cut.
          excerpt: scrub(text!, secrets).slice(0, 200),
          cause,
        });
      if (call.facts?.text?.includes(status)) value = text || undefined;
      else if (text) {
        try {
          value = JSON.parse(text);
        } catch {
          // V8's SyntaxError quotes part of the text, maybe part of a credential: the cause is that of the scrubbed text.
          throw unreadable('a body that is not JSON', syntaxErrorOf(scrub(text, secrets)));
        }
      } else if (call.facts?.json?.includes(status)) throw unreadable('an empty body where JSON is documented');
      const failure = call.facts?.failures?.find((declared) => declared.status === status && declared.matches(value));
      if (failure && throws) throw httpError(response, text!, attempts, failure.error);
      parsedBodies.set(response, { value, failed: !!failure });
      return response;
    };

    for (let attempt = 1; ; attempt++) {
      if (throttle) await throttle.acquire(signal).catch(noop);
      if (signal.aborted) throw aborted(attempt - 1, signal.reason);
      const left = deadline - performance.now();
      if (left <= 0) throw outOfTime(attempt - 1);
      const limitMs = Math.min(timeoutMs || Number.POSITIVE_INFINITY, left);
      const outgoing = attempt < 2 || !spare ? request : attempt < maxAttempts ? spare.clone() : spare;
      let response: Response | undefined;
      let text: string | undefined;
      let retryInMs: number | undefined;
      let timedOut = false;
      let controller: AbortController | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // setTimeout fires at once beyond 2^31 - 1 ms: such a limit means none.
      if (limitMs < 2 ** 31) {
        controller = new AbortController();
        timer = setTimeout(() => {
          timedOut = true;
          controller!.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
        }, limitMs);
        const onAbort = () => controller!.abort(signal.reason);
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }
      try {
        // The global fetch takes the signal as an init, which saves building a second Request.
        const init = controller && { signal: controller.signal };
        response = await (customFetch ? customFetch(init ? new Request(outgoing, init) : outgoing) : fetch(outgoing, init));
        if (attempt < maxAttempts && isRetryableStatus(response.status)) {
          const asked = retryAfterMs(response.headers.get('retry-after'));
          // Sent again only as soon as the server allows, and only if that is soon enough.
          if (asked === undefined) retryInMs = backoffDelay(attempt - 1, baseDelayMs, maxDelayMs, random);
          else if (asked <= maxDelayMs && performance.now() + asked < deadline) retryInMs = asked;
        }
        if (retryInMs === undefined && (call.json || !response.ok)) text = await (response.ok ? response : response.clone()).text();
      } catch (thrown) {
        if (signal.aborted) throw aborted(attempt, thrown);
        if (!timedOut && !isNetworkFailure(thrown)) throw thrown;
        const cause = scrubCause(thrown, secrets) as { code?: unknown; cause?: { code?: unknown } } | undefined;
        const outOfTotal = timedOut && limitMs === left;
        // The option people look for when a POST failed at once.
        const hint = maxAttempts < 2 && method === 'POST' ? '; POST is retried only with `retryPost`' : '';
        if (outOfTotal) throw outOfTime(attempt, cause);
        if (attempt === maxAttempts) {
          // undici reports `TypeError: fetch failed` with the system error as its cause.
          const code = cause?.code ?? cause?.cause?.code;
          throw timedOut
            ? fail(TimeoutError, attempt, `timed out after ${timeoutMs} ms`, `raise \`timeoutMs\` or check the server${hint}`, { limit: 'timeoutMs', timeoutMs, cause })
            : fail(NetworkError, attempt, `got no complete HTTP answer (${code ?? 'no error code'})`, `check \`baseUrl\` and that the server is up${hint}`, { code, cause });
        }
        retryInMs = backoffDelay(attempt - 1, baseDelayMs, maxDelayMs, random);
      } finally {
        clearTimeout(timer);
      }
      if (retryInMs === undefined) return settle(response!, text, attempt);
      // Frees the connection; the body of an answer we drop is of no use.
      response?.body?.cancel().catch(noop);
      // The sleep rejects only on abort, which is checked next. The deadline
      // cuts it short, and then ends the call: timers may fire a little early.
      const waitMs = Math.min(retryInMs, deadline - performance.now());
      await sleep(waitMs, signal).catch(noop);
      if (waitMs < retryInMs && !signal.aborted) throw outOfTime(attempt);
    }
  };
}
