import createFetchClient, { type Client } from 'openapi-fetch';
import { invalid, RequestError } from './errors.js';
import type { Sleep } from './retry.js';
import { createTransport } from './transport.js';

/** Options that every contactkit client accepts. */
export interface BaseClientOptions {
  /** Where the API is served; each client documents its default, if it has one. */
  baseUrl?: string;
  /**
   * A `fetch` to send requests with, e.g. for tests or proxies. It must honour
   * `request.signal` for timeouts to stop it.
   * @defaultValue the global `fetch`
   */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Extra headers sent with every request. Credentials set by the client take precedence.
   * @defaultValue none
   */
  headers?: Record<string, string>;
  /**
   * Time limit of each attempt until the response starts, in milliseconds;
   * `0` for none. A timed-out attempt is retried while attempts remain, then
   * throws a `TimeoutError`.
   * @defaultValue `30000`
   */
  timeoutMs?: number;
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
   * Longest wait between attempts, whether from backoff or from a `Retry-After` header.
   * @defaultValue `10000`
   */
  maxRetryDelayMs?: number;
  /**
   * Throw an `HttpError` for a non-2xx answer (after retries) instead of
   * returning `{ error, response }`.
   * @defaultValue `false`
   */
  throwOnError?: boolean;
  /**
   * The backoff's random source, in `[0, 1)`; for tests.
   * @defaultValue `Math.random`
   */
  random?: () => number;
  /**
   * Waits between attempts, rejecting when the signal aborts; for tests.
   * @defaultValue a timer
   */
  sleep?: Sleep;
}

/** One credential a client sends as a request header. */
export interface Credential {
  /** The client option the value came from, named in errors (e.g. `apiKey`). */
  option: string;
  /** The header that carries it, e.g. `Authorization` or `x-api-key`. */
  header: string;
  /** Sent as `<scheme> <value>` when set, e.g. `Bearer`. */
  scheme?: string;
  /** The secret itself, as the caller passed it. */
  value: unknown;
}

/** What an API package tells the runtime about itself. */
export interface ApiSettings {
  /** The API's default base URL; omit it for APIs that are self-hosted. */
  defaultBaseUrl?: string;
  /** The credentials its security scheme needs. */
  credentials: readonly Credential[];
  /**
   * The package making the calls. In Node it names itself in `User-Agent`;
   * browsers send their own, and no other header goes out that the API does
   * not document, so that no CORS preflight asks for more than the API allows.
   */
  client?: { name: string; version: string };
}

/**
 * Turns the credentials a security scheme needs into request headers, or
 * throws a `ConfigurationError` naming the first one that is missing. The
 * error names the value's type, never the value.
 */
export function credentialHeaders(credentials: readonly Credential[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { option, header, scheme, value } of credentials) {
    if (typeof value !== 'string' || !value.trim()) invalid(option, `a non-empty string: createClient({ ${option} })`, typeof value === 'string' ? 'blanks' : typeof value);
    headers[header] = scheme ? `${scheme} ${value}` : value;
  }
  return headers;
}

/**
 * Creates the typed openapi-fetch client of one API, with its base URL,
 * authentication, timeouts and retries set. Throws a `ConfigurationError`
 * for a missing or malformed option before any request is sent.
 */
export function createApiClient<Paths extends {}>(settings: ApiSettings, options: BaseClientOptions = {}): Client<Paths> {
  const baseUrl = options.baseUrl ?? settings.defaultBaseUrl ?? '';
  if (!/^https?:\/\/[^/]/i.test(baseUrl) || !URL.canParse(baseUrl)) invalid('baseUrl', 'an absolute http(s) URL, e.g. "https://api.example.com"', `"${baseUrl}"`);
  const headers = { ...userAgent(settings.client), ...options.headers, ...credentialHeaders(settings.credentials) };
  const fetch = createTransport(options, settings.credentials.map(({ value }) => value as string));
  const client = createFetchClient<Paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), headers, fetch });
  // The transport only knows the filled URL: the template replaces it. The
  // error is ours and new, its stack not yet formatted, so editing it is safe.
  client.use({
    onError({ error, schemaPath }) {
      if (error instanceof RequestError) Object.assign(error, { message: error.message.replace(error.pathTemplate, schemaPath), pathTemplate: schemaPath });
    },
  });
  return client;
}

// A product token has no `@` or `/`: `@contactkit/demo` becomes `contactkit-demo`.
function userAgent(client: ApiSettings['client']): Record<string, string> | undefined {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  if (!client || !node) return undefined;
  return { 'User-Agent': `${client.name.replace(/^@/, '').replace('/', '-')}/${client.version} node/${node}` };
}
