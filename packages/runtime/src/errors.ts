/** Base class of every error that a contactkit client throws. */
export class ContactkitError extends Error {
  override name = 'ContactkitError';
}

/**
 * A client was created with options it cannot work with. The message names
 * the option, what was wrong with it and what to pass instead.
 */
export class ConfigurationError extends ContactkitError {
  override name = 'ConfigurationError';

  /** The client option that was wrong, e.g. `apiKey` or `baseUrl`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
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
 */
export class RequestError extends ContactkitError {
  override name = 'RequestError';
  /** The HTTP method, e.g. `GET`. */
  readonly method: string;
  /** The path as the spec names it, e.g. `/contacts/{contactId}`. */
  readonly pathTemplate: string;
  /** How many times the request was sent. */
  readonly attempts: number;
  /** How many times it could have been sent: 1 plus the retries allowed for it. */
  readonly maxAttempts: number;

  constructor(message: string, details: RequestErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.method = details.method;
    this.pathTemplate = details.pathTemplate;
    this.attempts = details.attempts;
    this.maxAttempts = details.maxAttempts;
  }
}

/** An attempt took longer than `timeoutMs` to get a response; retried while attempts remain. */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  /** The limit that was reached, in milliseconds. */
  readonly timeoutMs: number;

  constructor(details: RequestErrorDetails & { timeoutMs: number }) {
    super(`${describe(details)} timed out after ${details.timeoutMs} ms (${attemptsText(details)}); raise \`timeoutMs\` or check the server.${noRetryHint(details)}`, details);
    this.timeoutMs = details.timeoutMs;
  }
}

/** The caller's `signal` aborted the request. Never retried. */
export class AbortError extends RequestError {
  override name = 'AbortError';

  constructor(details: RequestErrorDetails) {
    super(`${describe(details)} was aborted by the caller's signal (${attemptsText(details)}); aborted requests are not retried.`, details);
  }
}

/** The request got no HTTP answer: DNS failure, connection refused or reset, TLS error… */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  /** The system error code when there is one, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  readonly code: string | undefined;

  constructor(details: RequestErrorDetails & { code?: string | undefined }) {
    const code = details.code ?? 'network error';
    super(`${describe(details)} got no HTTP answer (${code}, ${attemptsText(details)}); check \`baseUrl\`, DNS, proxies and that the server is up.${noRetryHint(details)}`, details);
    this.code = details.code;
  }
}

/**
 * The server answered with a non-2xx status. Thrown only when the client was
 * created with `throwOnError: true`; otherwise the call returns `{ error, response }`.
 */
export class HttpError extends RequestError {
  override name = 'HttpError';
  /** The HTTP status, e.g. `404`. */
  readonly status: number;
  /** The response body: parsed JSON when it is JSON, else its text. Credentials are removed. */
  readonly body: unknown;
  /** The vendor's error id when the body has one (`errorId`, as 8x8 sends), for its support. */
  readonly errorId: string | undefined;

  constructor(details: RequestErrorDetails & { status: number; body: unknown }) {
    const errorId = field(details.body, 'errorId');
    const vendor = field(details.body, 'message');
    const said = vendor === undefined ? '' : `: "${vendor.length > 200 ? `${vendor.slice(0, 200)}…` : vendor}"`;
    const id = errorId === undefined ? '' : ` (errorId ${errorId})`;
    super(`${describe(details)} answered HTTP ${details.status}${id}${said} (${attemptsText(details)}); ${httpAdvice(details.status)}.`, details);
    this.status = details.status;
    this.body = details.body;
    this.errorId = errorId;
  }
}

function describe({ method, pathTemplate }: RequestErrorDetails): string {
  return `${method} ${pathTemplate}`;
}

function attemptsText({ attempts, maxAttempts }: RequestErrorDetails): string {
  return `attempt ${attempts} of ${maxAttempts}`;
}

// Tells the caller why a POST failed at once: it is the option they are most likely to look for.
function noRetryHint({ method, maxAttempts }: RequestErrorDetails): string {
  return maxAttempts === 1 && (method === 'POST' || method === 'PATCH') ? ` ${method} is retried only when opted in with \`retryPost\` or \`requestOptions({ retry: true })\`.` : '';
}

function httpAdvice(status: number): string {
  if (status === 401) return 'check the credentials';
  if (status === 403) return 'check that the credentials are allowed to do this';
  if (status === 404) return 'check the ids in the path';
  if (status === 408 || status === 429 || status >= 500) return 'try again later or raise `maxRetries`';
  if (status >= 400 && status < 500) return 'fix the request as the body says';
  return 'see the API documentation for this status';
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
