// Keeps credentials out of everything a client throws: error bodies, headers
// and causes. Credentials are matched by value, so that a server or a custom
// `fetch` echoing one anywhere is caught.

/** Replaces every credential value in `text` with `[redacted]`. */
export const scrub = (text: string, secrets: readonly string[]): string => secrets.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);

// Whether `value` may lead to a credential: a string holding one, a Request or
// Headers (whose headers are not own properties, so cannot be checked), or
// such a value reachable through own properties (6 levels).
function mentions(value: unknown, secrets: readonly string[], depth = 0): boolean {
  if (typeof value === 'string') return secrets.some((secret) => value.includes(secret));
  if (value instanceof Request || value instanceof Headers) return true;
  return value instanceof Object && depth < 6 && Object.getOwnPropertyNames(value).some((key) => mentions(key, secrets) || mentions((value as Record<string, unknown>)[key], secrets, depth + 1));
}

/**
 * The cause to attach to an error: the original when nothing in it can lead
 * to a credential (so that its stack and type stay useful), else an Error
 * chain keeping only the messages and string codes, credentials replaced.
 */
export function scrubCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (!mentions(cause, secrets)) return cause;
  if (!(cause instanceof Error) || depth > 4) return '[redacted]';
  const { code } = cause as { code?: unknown };
  return Object.assign(new Error(scrub(cause.message, secrets), { cause: scrubCause(cause.cause, secrets, depth + 1) }), typeof code === 'string' && { code: scrub(code, secrets) });
}
