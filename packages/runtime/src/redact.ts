/** Replaces every credential value in a text with `[redacted]`. */
export type Redact = (text: string) => string;

const REDACTED = '[redacted]';

/**
 * Builds the {@link Redact} of one client's credentials. Each value is also
 * matched URL-encoded, as it would appear in a logged URL.
 */
export function createRedactor(secrets: readonly string[]): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
  }
  if (forms.size === 0) return (text) => text;
  // Longest first, so that a secret containing another is replaced whole.
  const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/** A copy of a JSON-like value (e.g. a response body) with credentials removed from every string. */
export function redactValue(value: unknown, redact: Redact, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null || depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[redact(key)] = redactValue(item, redact, depth + 1);
  return copy;
}

/**
 * The cause to attach to an error: the original when it mentions no
 * credential (so that its stack and type stay useful), else a plain copy with
 * the credentials removed. A custom `fetch` may well echo request headers.
 */
export function redactCause(cause: unknown, redact: Redact, depth = 0): unknown {
  if (!mentionsSecret(cause, redact, 0)) return cause;
  if (!(cause instanceof Error) || depth > 5) return redactValue(cause, redact);
  const copy = new Error(redact(cause.message), cause.cause === undefined ? undefined : { cause: redactCause(cause.cause, redact, depth + 1) });
  copy.name = redact(cause.name);
  copy.stack = redact(cause.stack ?? '');
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code: redact(code) });
  return copy;
}

function mentionsSecret(value: unknown, redact: Redact, depth: number): boolean {
  if (typeof value === 'string') return redact(value) !== value;
  if (typeof value !== 'object' || value === null || depth > 5) return false;
  const keys = value instanceof Error ? ['message', 'stack', 'name', 'cause', ...Object.keys(value)] : Object.keys(value);
  for (const key of keys) {
    if (redact(key) !== key || mentionsSecret((value as Record<string, unknown>)[key], redact, depth + 1)) return true;
  }
  return false;
}

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
// International numbers (+ and 7–15 digits, separators allowed), North-American
// national format, and bare runs of 10–15 digits (an msisdn without its +).
// Shorter bare numbers are left alone: they are ids, statuses and durations.
const PHONE = /\+\d(?:[\s().-]?\d){6,14}(?!\d)|(?<![\w-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])|(?<![\w-])\d{10,15}(?![\w-])/g;

/**
 * Masks e-mail addresses and phone numbers in a text meant for logs:
 * `john@example.com` becomes `j***@example.com`, `+16511112222` becomes
 * `+1******2222`.
 */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '$1***@$2').replace(PHONE, maskPhone);
}

function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '');
  const sign = match.startsWith('+') ? '+' : '';
  return `${sign}${digits[0]}${'*'.repeat(digits.length - 5)}${digits.slice(-4)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
