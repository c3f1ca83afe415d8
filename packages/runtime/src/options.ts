import type { HttpError } from './errors.js';
import type { Throttle } from './throttle.js';

/** Options of one call, given beside its `params` and `body`; each overrides the client's option of the same name. */
export interface CallOptions {
  /**
   * Time limit of each attempt, from sending until the whole body is read,
   * in milliseconds; `0` for none.
   */
  timeoutMs?: number;
  /** Time limit of the whole call, attempts and waits between them included, in milliseconds; `0` for none. */
  totalTimeoutMs?: number;
  /** Retries allowed for this call. */
  maxRetries?: number;
  /**
   * `true` retries this call whatever its method (e.g. a POST that carries an
   * idempotency key); `false` never retries it.
   */
  retry?: boolean;
  /** Throw the call's failure as an `HttpError` instead of returning `{ error, response }`. */
  throwOnError?: boolean;
}

/** Options that every contactkit client accepts. */
export interface BaseClientOptions {
  /**
   * Where the API is served; each client documents its default, if it has
   * one. Given, it is where every call goes, also those of operations the
   * spec serves elsewhere (e.g. a mock or a proxy).
   */
  baseUrl?: string;
  /**
   * Send credentials to a plain `http:` base URL that is not this machine:
   * anyone on the network path can read them. Only for servers you reach
   * through a tunnel or a private network you trust.
   * @defaultValue `false`: credentials go only over `https:` or to loopback
   */
  dangerouslyAllowCredentialsOverHttp?: boolean;
  /**
   * A `fetch` to send requests with, e.g. for tests or proxies. It must honour
   * `request.signal` for timeouts to stop it, and reject with a `TypeError`
   * (or an error with a string `code`) when the network fails: anything else
   * it throws is a bug in it, thrown back as is and never retried.
   * @defaultValue the global `fetch`
   */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Extra headers sent with every request. Credentials set by the client take precedence.
   * @defaultValue none
   */
  headers?: Record<string, string>;
  /**
   * Time limit of each attempt, from sending until the whole body is read
   * (with a `parseAs` other than `json`, until the answer starts), in
   * milliseconds; `0` for none. A timed-out attempt is retried while
   * attempts remain, then throws a `TimeoutError`.
   * @defaultValue `30000`
   */
  timeoutMs?: number;
  /**
   * Time limit of the whole call, attempts and waits between them included,
   * in milliseconds; `0` for none. Reaching it throws a `TimeoutError`.
   * @defaultValue `0`
   */
  totalTimeoutMs?: number;
  /**
   * Retries after a network error, a timeout, or a 408, 429 or 5xx answer.
   * Only GET, PUT, DELETE, HEAD and OPTIONS are retried, plus POST with
   * {@link BaseClientOptions.retryPost}.
   * @defaultValue `2` (3 attempts in all)
   */
  maxRetries?: number;
  /**
   * Retry POST requests too: only safe when the API deduplicates them.
   * @defaultValue `false`
   */
  retryPost?: boolean;
  /**
   * The backoff's base: retry `n` (from 0) waits a random time below `retryBaseDelayMs * 2^n`.
   * @defaultValue `250`
   */
  retryBaseDelayMs?: number;
  /**
   * Longest wait between attempts. A `Retry-After` asking for longer ends
   * the retries at once: the answer is returned (or thrown, with its
   * `retryAfterMs`) rather than sent again before the server allows.
   * @defaultValue `60000`
   */
  maxRetryDelayMs?: number;
  /**
   * Throw every failed call's error (an `HttpError` subclass for an error
   * answer) instead of returning `{ error, response }`; `data` is then typed
   * as always present.
   * @defaultValue `false`
   */
  throwOnError?: boolean;
  /**
   * Paces requests, every attempt included, e.g. to stay under an API's
   * documented rate limit; see the `throttle` entry. Share one throttle
   * between the clients that share a limit.
   * @defaultValue none
   */
  throttle?: Throttle;
}

/** One credential a client sends as a request header. */
export interface Credential {
  /** The client option the value came from, named in errors (e.g. `apiKey`). */
  option: string;
  /** The header that carries it, e.g. `Authorization` or `x-api-key`. */
  header: string;
  /** Sent as `<scheme> <value>` when set, e.g. `Bearer`. */
  scheme?: string;
  /** The secret itself, as the caller passed it; `undefined` when not given. */
  value: unknown;
}

/**
 * What an operation's security accepts: alternatives, each the `createClient`
 * options (see {@link Credential.option}) it needs together, tried in order.
 * An empty alternative needs no credential.
 */
export type Security = readonly (readonly string[])[];

/** A 2xx answer that an API's spec declares a failure, by the shape of its body. */
export interface DeclaredFailure {
  /** The status it comes with, e.g. `200`. */
  status: number;
  /** Whether a parsed body is that failure: compiled from the spec's schema at build time. */
  matches: (body: unknown) => boolean;
  /** The error class it is thrown as, e.g. `NotFoundError`. */
  error: typeof HttpError;
}

/** What an operation's spec says about its answers, keyed `<METHOD> <path template>`. */
export interface OperationFacts {
  /** The 2xx statuses documented with a JSON body: an empty body there is a `ResponseParseError`. */
  json?: readonly number[];
  /** The 2xx statuses documented with a body that is not JSON: it is given as text (`undefined` when empty), never parsed. */
  text?: readonly number[];
  /** The 2xx answers the spec declares failures. */
  failures?: readonly DeclaredFailure[];
  /** Its security, where it is not {@link ApiSettings.security}. */
  security?: Security;
  /**
   * How its array query parameters are written, where the spec's `style` and
   * `explode` are not openapi-fetch's default (`form`, exploded:
   * `details=A&details=B`); e.g. `{ style: 'form', explode: false }` for
   * `details=A,B`.
   */
  arrays?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited'; explode: boolean };
  /**
   * Set when its body is `multipart/form-data`: what writes the call's
   * `body`, an object of its parts, as `FormData` (`formDataOf`). Passed
   * in, not imported, so that clients of APIs without uploads do not ship it.
   */
  multipart?: (body: unknown) => FormData;
  /**
   * What a server needs to have this route, when only some servers do, e.g.
   * `Rocket.Chat 7.2.0 or later`: a server without it answers 404 too, so a
   * `NotFoundError`'s message says so.
   */
  requires?: string;
  /**
   * Set when the spec serves it apart from the API's base URL: where its
   * calls go (`servedAt`), or `undefined` for the client's base URL. Passed
   * in, not imported, so that other clients do not ship it.
   */
  server?: OperationServer;
}

/**
 * The server of one operation's calls, given the operation (`<METHOD> <path
 * template>`), the credential headers its call sends, and the client's
 * options: `undefined` for the client's base URL. Throws a
 * `ConfigurationError` when the call may go nowhere.
 */
export type OperationServer = (operation: string, credentials: Record<string, string>, options: BaseClientOptions) => string | undefined;

/** What an API package tells the runtime about itself, generated from its spec. */
export interface ApiSettings {
  /** The API's default base URL; omit it for APIs that are self-hosted. */
  defaultBaseUrl?: string;
  /** Every credential its security schemes take, each sent only to the operations whose security names it. */
  credentials: readonly Credential[];
  /**
   * The security of every operation that has none of its own in
   * {@link ApiSettings.operations}, and of paths the spec does not have.
   * @defaultValue one alternative that needs every credential
   */
  security?: Security;
  /** The package making the calls, named in `User-Agent` under Node. */
  client?: { name: string; version: string };
  /** Property names of the API's error bodies, tried in order: the readable message, and the vendor's error code. */
  errorBody?: { message?: readonly string[]; code?: readonly string[] };
  /** The response header the spec documents as carrying a request id. */
  requestIdHeader?: string;
  /** Facts of each operation that has some. */
  operations?: Readonly<Record<string, OperationFacts>>;
}
