/** Base class of every error that a contactkit client throws. */
export class ContactkitError extends Error {
  override name = 'ContactkitError';
}

/**
 * A client was created, or a call made, with options it cannot work with.
 * The message names the option, the rule it breaks and what it got.
 */
export class ConfigurationError extends ContactkitError {
  override name = 'ConfigurationError';

  constructor(
    /** The option that was wrong, e.g. `apiKey` or `baseUrl`. */
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
  /** The underlying error, with any credential removed; never a `Request` or `Headers`. */
  cause?: unknown;
}

/**
 * Base class of the errors thrown for one call: it got no usable answer
 * ({@link TimeoutError}, {@link AbortError}, {@link NetworkError},
 * {@link ResponseParseError}), or, with `throwOnError: true`, it got an HTTP
 * error ({@link HttpError} and its subclasses).
 *
 * Every message has one shape, built from the details alone (never from
 * request headers or the filled URL, so no credential can reach it):
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
  /**
   * Set by `paginate` when the call was one of its pages: the cursor that page
   * was asked for with (with offset paging, its offset as a string),
   * `undefined` for the first page. Pass it to `byPage({ cursor })` to resume
   * at that page.
   */
  declare readonly cursor?: string;

  constructor({ cause, ...details }: RequestErrorDetails, what: string, todo: string) {
    super(`${details.method} ${details.pathTemplate} ${what} (attempt ${details.attempts} of ${details.maxAttempts}); ${todo}.`, { cause });
    Object.assign(this, details);
  }
}

/**
 * A time limit ran out: an attempt's (`timeoutMs`, retried while attempts
 * remain) or the whole call's (`totalTimeoutMs`, never retried).
 */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  /** The option whose limit was reached. */
  declare readonly limit: 'timeoutMs' | 'totalTimeoutMs';
  /** That limit, in milliseconds. */
  declare readonly timeoutMs: number;
}

/** The caller's `signal` aborted the call. Never retried. */
export class AbortError extends RequestError {
  override name = 'AbortError';
}

/**
 * The call got no complete HTTP answer: DNS failure, connection refused, TLS
 * error, or the connection reset before or while the body was read. Retried
 * like timeouts.
 */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  /** The system error code when there is one, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  declare readonly code: string | undefined;
}

/**
 * A 2xx answer whose body is not the JSON the API documents: malformed, or
 * empty where a body is documented. Not retried: sending again would most
 * likely get the same answer.
 */
export class ResponseParseError extends RequestError {
  override name = 'ResponseParseError';
  /** The HTTP status, e.g. `200`. */
  declare readonly status: number;
  /** The body's first 200 characters, credentials removed; empty for an empty body. */
  declare readonly excerpt: string;
}

/**
 * The server answered with an error: a non-2xx status, or a 2xx body that
 * the API's spec declares a failure. Thrown only with `throwOnError: true`;
 * otherwise the call returns `{ error, response }`. `catch` it by family with
 * its subclasses, e.g. {@link NotFoundError}.
 */
export class HttpError<Body = unknown> extends RequestError {
  override name = 'HttpError';
  /** The HTTP status, e.g. `404`. */
  declare readonly status: number;
  /** The response's headers, names in lower case, credentials removed. */
  declare readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, as the spec documents it; `undefined` when the answer had no JSON body. */
  declare readonly body: Body | undefined;
  /** The body's text, credentials removed: what to look at when `body` is `undefined`. */
  declare readonly text: string;
  /** The vendor's error code or id from the body, when its error schema has one (e.g. 8x8's `errorId`), for its support. */
  declare readonly code: string | undefined;
  /** The request id from the response header the spec documents, when it documents one. */
  declare readonly requestId: string | undefined;
  /** The delay the answer's `Retry-After` asked for, in milliseconds, when it had a valid one. */
  declare readonly retryAfterMs: number | undefined;
}

/** HTTP 400: the API refused the request as malformed. */
export class BadRequestError<Body = unknown> extends HttpError<Body> {
  override name = 'BadRequestError';
}

/** HTTP 401: the credential is missing, wrong or expired. */
export class AuthenticationError<Body = unknown> extends HttpError<Body> {
  override name = 'AuthenticationError';
}

/** HTTP 403: the credential is valid but not allowed to do this. */
export class PermissionDeniedError<Body = unknown> extends HttpError<Body> {
  override name = 'PermissionDeniedError';
}

/** HTTP 404, or a 2xx answer the spec declares a "not found": no such resource. */
export class NotFoundError<Body = unknown> extends HttpError<Body> {
  override name = 'NotFoundError';
}

/** HTTP 409: the request conflicts with the resource's current state, e.g. a duplicate. */
export class ConflictError<Body = unknown> extends HttpError<Body> {
  override name = 'ConflictError';
}

/** HTTP 422: the request was well-formed but its content was refused. */
export class UnprocessableEntityError<Body = unknown> extends HttpError<Body> {
  override name = 'UnprocessableEntityError';
}

/** HTTP 429: too many requests; `retryAfterMs` says when to come back, when the server said. */
export class RateLimitError<Body = unknown> extends HttpError<Body> {
  override name = 'RateLimitError';
}

/** HTTP 5xx: the server failed. */
export class ServerError<Body = unknown> extends HttpError<Body> {
  override name = 'ServerError';
}

/** The class of an error answer with this status: its family's, else {@link HttpError}. */
export function httpErrorClass(status: number): typeof HttpError {
  if (status > 499) return ServerError;
  return ({ 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError } as Record<number, typeof HttpError>)[status] ?? HttpError;
}
