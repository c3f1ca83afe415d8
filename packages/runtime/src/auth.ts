import { ConfigurationError } from './errors.js';

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

/**
 * Turns the credentials a security scheme needs into request headers, or
 * throws a {@link ConfigurationError} naming the first one that is missing.
 * The error never repeats the value it was given.
 */
export function credentialHeaders(credentials: readonly Credential[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { option, header, scheme, value } of credentials) {
    if (typeof value !== 'string' || value.trim() === '') {
      const got = value === undefined ? 'it is missing' : typeof value === 'string' ? 'it is empty' : `got a ${typeof value}`;
      throw new ConfigurationError(option, `${option} is required and must be a non-empty string (${got}): pass it to createClient({ ${option} }).`);
    }
    headers[header] = scheme ? `${scheme} ${value}` : value;
  }
  return headers;
}
