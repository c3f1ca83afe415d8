import createFetchClient, { type Client } from 'openapi-fetch';
import { type Credential, credentialHeaders } from './auth.js';
import { ConfigurationError } from './errors.js';
import { errorMiddleware } from './middleware.js';
import { createRedactor } from './redact.js';
import { type Sleep, sleep } from './retry.js';
import { createTransport } from './transport.js';
import { checkCount, checkMilliseconds } from './validate.js';

/** Options that every contactkit client accepts. */
export interface BaseClientOptions {
  /** Where the API is served; each client documents its default, if it has one. */
  baseUrl?: string;
  /**
   * A `fetch` to send requests with, e.g. for tests or proxies. Defaults to the
   * global `fetch`. It must honour `request.signal` for timeouts to stop it.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. Credentials set by the client take precedence. */
  headers?: Record<string, string>;
  /**
   * Time limit of each attempt until the response starts, in milliseconds;
   * `0` for none. A timed-out attempt is retried while attempts remain, then
   * throws a `TimeoutError`. Default `30000`.
   */
  timeoutMs?: number;
  /**
   * Retries after a network error, a timeout, or a 408, 429 or 5xx answer.
   * Only GET, PUT, DELETE, HEAD and OPTIONS are retried, plus POST with
   * {@link BaseClientOptions.retryPost}. Default `2` (3 attempts in all).
   */
  maxRetries?: number;
  /** Retry POST requests too: only safe when the API deduplicates them. Default `false`. */
  retryPost?: boolean;
  /** The backoff's base: retry `n` (from 0) waits a random time below `retryBaseDelayMs * 2^n`. Default `250`. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts, whether from backoff or from a `Retry-After` header. Default `10000`. */
  maxRetryDelayMs?: number;
  /**
   * Throw an `HttpError` for a non-2xx answer (after retries) instead of
   * returning `{ error, response }`. Default `false`.
   */
  throwOnError?: boolean;
  /**
   * Receives one line per attempt (method, URL, status or failure, duration,
   * next retry), with credentials replaced by `[redacted]` and e-mail
   * addresses and phone numbers masked. Headers are never logged. Default: off.
   */
  debug?: (line: string) => void;
  /** The backoff's random source, in `[0, 1)`; for tests. Default `Math.random`. */
  random?: () => number;
  /** Waits between attempts, rejecting when the signal aborts; for tests. Default: a timer. */
  sleep?: Sleep;
}

/** What an API package tells the runtime about itself. */
export interface ApiSettings {
  /** The API's default base URL; omit it for APIs that are self-hosted. */
  defaultBaseUrl?: string;
  /** The credentials its security scheme needs. */
  credentials: readonly Credential[];
  /** The package making the calls, sent as `X-Client: <name>/<version>` when set. */
  client?: { name: string; version: string };
}

/**
 * Creates the typed openapi-fetch client of one API, with its base URL,
 * authentication, timeouts and retries set. Throws a {@link ConfigurationError}
 * for a missing or malformed option before any request is sent.
 */
export function createApiClient<Paths extends {}>(settings: ApiSettings, options: BaseClientOptions = {}): Client<Paths> {
  const baseUrl = resolveBaseUrl(options.baseUrl ?? settings.defaultBaseUrl);
  const identity = settings.client ? { 'X-Client': `${settings.client.name}/${settings.client.version}` } : {};
  const headers = { ...identity, ...options.headers, ...credentialHeaders(settings.credentials) };
  const redact = createRedactor(settings.credentials.flatMap(({ value }) => (typeof value === 'string' ? [value] : [])));
  const throwOnError = options.throwOnError ?? false;
  const fetch = createTransport(options.fetch, {
    timeoutMs: milliseconds('timeoutMs', options.timeoutMs, 30_000),
    maxRetries: count('maxRetries', options.maxRetries, 2),
    retryPost: options.retryPost ?? false,
    retryBaseDelayMs: milliseconds('retryBaseDelayMs', options.retryBaseDelayMs, 250),
    maxRetryDelayMs: milliseconds('maxRetryDelayMs', options.maxRetryDelayMs, 10_000),
    random: options.random ?? Math.random,
    sleep: options.sleep ?? sleep,
    debug: options.debug,
    redact,
    recordAttempts: throwOnError,
  });
  const client = createFetchClient<Paths>({ baseUrl, headers, fetch });
  client.use(errorMiddleware(throwOnError, redact));
  return client;
}

function milliseconds(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  checkMilliseconds(option, value);
  return value;
}

function count(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  checkCount(option, value);
  return value;
}

function resolveBaseUrl(baseUrl: string | undefined): string {
  if (baseUrl === undefined) {
    throw new ConfigurationError('baseUrl', 'baseUrl is required for this API: pass the URL of your server, e.g. createClient({ baseUrl: "https://chat.example.com" }).');
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError('baseUrl', `baseUrl must be an absolute http(s) URL such as "https://api.example.com" (got "${baseUrl}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError('baseUrl', `baseUrl must use http or https (got "${url.protocol}" in "${baseUrl}").`);
  }
  return baseUrl.replace(/\/+$/, '');
}
