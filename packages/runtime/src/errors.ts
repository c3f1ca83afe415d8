/** Base class of every error that a contactkit client throws. */
export class ContactkitError extends Error {
  override name = 'ContactkitError';
}

/**
 * A client was created with options it cannot work with. The message names
 * the option, the rule it breaks and what it got.
 */
export class ConfigurationError extends ContactkitError {
  override name = 'ConfigurationError';

  constructor(
    /** The client option that was wrong, e.g. `apiKey` or `baseUrl`. */
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** Throws the {@link ConfigurationError} `<option> must be <rule> (got <got>).` */
export function invalid(option: string, rule: string, got: unknown): never {
  throw new ConfigurationError(option, `${option} must be ${rule} (got ${got}).`);
}

/** Throws a {@link ConfigurationError} unless `value` is a number, 0 or more (Infinity included), and whole if asked. */
export function checkNumber(option: string, value: unknown, whole?: boolean): void {
  if (!(typeof value === 'number' && value >= 0 && (!whole || value % 1 === 0))) invalid(option, `a ${whole ? 'whole number' : 'number of milliseconds'}, 0 or more`, value);
}

/** What a {@link RequestError} knows about the request that failed. */
export interface RequestErrorDetails {
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** The path as the spec names it, e.g. `/contacts/{contactId}`, never the filled URL. */
  pathTemplate: string;
  /** How many times the request was sent. */
  attempts: number;
  /** How many times it could have been sent: 1 plus the retries allowed for it. */
  maxAttempts: number;
  /** The underlying error, with any credential removed. */
  cause?: unknown;
}

/**
 * Base class of the errors thrown for one request: it never got an HTTP
 * answer ({@link TimeoutError}, {@link AbortError}, {@link NetworkError}), or,
 * with `throwOnError: true`, it got an HTTP error ({@link HttpError}).
 *
 * Every message has one shape, built from the details alone (never from
 * headers or the filled URL, so no credential can reach it):
 * `<method> <pathTemplate> <what happened> (attempt <n> of <max>); <what to do>.`
 * The subclasses add their own fields (`timeoutMs`, `code`, `status`…) to the
 * details; the client creates them, so their constructors are not public API.
 */
export class RequestError extends ContactkitError {
  override name = 'RequestError';
  /** The HTTP method, e.g. `GET`. */
  declare readonly method: string;
  /** The path as the spec names it, e.g. `/contacts/{contactId}`. */
  declare readonly pathTemplate: string;
  /** How many times the request was sent. */
  declare readonly attempts: number;
  /** How many times it could have been sent: 1 plus the retries allowed for it. */
  declare readonly maxAttempts: number;

  constructor({ cause, ...details }: RequestErrorDetails, what: string, todo: string) {
    super(`${details.method} ${details.pathTemplate} ${what} (attempt ${details.attempts} of ${details.maxAttempts}); ${todo}.`, { cause });
    Object.assign(this, details);
  }
}

/** An attempt took longer than `timeoutMs` to get a response; retried while attempts remain. */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  /** The limit that was reached, in milliseconds. */
  declare readonly timeoutMs: number;
}

/** The caller's `signal` aborted the request. Never retried. */
export class AbortError extends RequestError {
  override name = 'AbortError';
}

/** The request got no HTTP answer: DNS failure, connection refused or reset, TLS error… */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  /** The system error code when there is one, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  declare readonly code: string | undefined;
}

/**
 * The server answered with a non-2xx status. Thrown only when the client was
 * created with `throwOnError: true`; otherwise the call returns `{ error, response }`.
 */
export class HttpError extends RequestError {
  override name = 'HttpError';
  /** The HTTP status, e.g. `404`. */
  declare readonly status: number;
  /** The response body: parsed JSON when it is JSON, else its text. Credentials are removed. */
  declare readonly body: unknown;
  /** The vendor's error id when the body has one (`errorId`, as 8x8 sends), for its support. */
  declare readonly errorId: string | undefined;
}
