// Which credentials each call sends. An API's operations may take different
// credentials (a search key here, a management key there), so each call
// sends only those of the first alternative of its operation's security that
// the client was given, and a credential never goes to an operation that
// does not name it.
import type { HeadersOptions } from 'openapi-fetch';
import { ConfigurationError, invalid } from './errors.js';
import type { ApiSettings, Credential, Security } from './options.js';

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

/** The credentials given to the client: those whose value is not `undefined`. */
export const givenCredentials = (settings: ApiSettings): Credential[] => settings.credentials.filter(({ value }) => value !== undefined);

/**
 * `<options> must be a non-empty string <where>: createClient({ … }) (got undefined).`,
 * naming what each alternative lacks and the ways to satisfy one.
 */
function missing(security: Security, given: ReadonlyMap<string, unknown>, where: string): ConfigurationError {
  const lacking = security.map((alternative) => alternative.filter((option) => !given.has(option)));
  const names = [...new Set(lacking.map((options) => options.join(' and ')))].join(' or ');
  const ways = [...new Set(security.map((alternative) => `createClient({ ${alternative.join(', ')} })`))].join(' or ');
  const rule = lacking.some((options) => options.length > 1) ? 'non-empty strings' : 'a non-empty string';
  return new ConfigurationError(lacking[0]?.[0] ?? '', `${names} must be ${rule} ${where}: ${ways} (got undefined).`);
}

/**
 * Checks the client's credentials and returns the headers of each call's,
 * by `<METHOD> <path template>`.
 *
 * At creation it throws a `ConfigurationError` for a credential given that
 * is not a non-empty string, for one missing that every operation needs, or
 * when no operation could be called with those given. A call whose operation
 * has no alternative the client can satisfy throws one, naming what it
 * lacks, before anything is sent. A path the spec does not have gets the
 * document's security.
 */
export function credentialsByOperation(settings: ApiSettings): (operation: string) => Record<string, string> {
  const { credentials, operations = {} } = settings;
  const fallback = settings.security ?? [credentials.map(({ option }) => option)];
  // The runtime does not know which operations take the document's security,
  // so it counts as one more operation's: what it requires is never more
  // than what the generated options type requires.
  const all = [fallback, ...Object.values(operations).flatMap(({ security }) => (security ? [security] : []))];
  const given = new Map<string, Credential>();
  for (const credential of credentials) {
    const needed = all.every((security) => security.every((alternative) => alternative.includes(credential.option)));
    // Throws for a credential given that is malformed, or one every operation needs that is missing.
    if (credential.value !== undefined || needed) credentialHeaders([credential]);
    if (credential.value !== undefined) given.set(credential.option, credential);
  }
  const pick = (security: Security) => security.find((alternative) => alternative.every((option) => given.has(option)));
  if (!all.some(pick)) throw missing(all.flat(), given, 'for any operation to be called');
  return (operation) => {
    const security = operations[operation]?.security ?? fallback;
    const alternative = pick(security);
    if (!alternative) throw missing(security, given, `for ${operation}`);
    return credentialHeaders(alternative.map((option) => given.get(option)!));
  };
}

/**
 * A call's `headers` over the credential headers, names compared without
 * case, as openapi-fetch merges a call's headers over the client's: a
 * header the call sets (`null` included, which unsets it) wins, and one it
 * leaves `undefined` does not.
 */
export function withCredentials(credentials: Record<string, string>, headers: HeadersOptions | undefined): HeadersOptions {
  if (!headers || typeof headers !== 'object') return credentials;
  const entries = (headers instanceof Headers ? [...headers] : Object.entries(headers)).filter(([, value]) => value !== undefined);
  const set = new Set(entries.map(([name]) => name.toLowerCase()));
  const kept = Object.entries(credentials).filter(([name]) => !set.has(name.toLowerCase()));
  return Object.fromEntries([...kept, ...entries]) as HeadersOptions;
}
