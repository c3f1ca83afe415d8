import createFetchClient, { type Client } from 'openapi-fetch';
import { type Credential, credentialHeaders } from './auth.js';
import { ConfigurationError } from './errors.js';

/** Options that every contactkit client accepts. */
export interface BaseClientOptions {
  /** Where the API is served; each client documents its default, if it has one. */
  baseUrl?: string;
  /** A `fetch` to send requests with, e.g. for tests or proxies. Defaults to the global `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. Credentials set by the client take precedence. */
  headers?: Record<string, string>;
}

/** What an API package tells the runtime about itself. */
export interface ApiSettings {
  /** The API's default base URL; omit it for APIs that are self-hosted. */
  defaultBaseUrl?: string;
  /** The credentials its security scheme needs. */
  credentials: readonly Credential[];
}

/**
 * Creates the typed openapi-fetch client of one API, with its base URL and
 * authentication set. Throws a {@link ConfigurationError} for a missing or
 * malformed option before any request is sent.
 */
export function createApiClient<Paths extends {}>(settings: ApiSettings, options: BaseClientOptions = {}): Client<Paths> {
  const baseUrl = resolveBaseUrl(options.baseUrl ?? settings.defaultBaseUrl);
  const headers = { ...options.headers, ...credentialHeaders(settings.credentials) };
  return createFetchClient<Paths>({ baseUrl, headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
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
