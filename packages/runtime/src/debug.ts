// Opt-in request logging, kept out of the main entry so that clients that do
// not log do not ship the masking patterns.
import type { Middleware } from 'openapi-fetch';

// The headers that carry credentials in the contactkit APIs (Authorization,
// x-api-key, X-Auth-Token, X-User-Id) and in most others.
const CREDENTIAL_HEADER = /auth|key|token|secret|pass|cookie|session|user-?id/i;

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
  return text.replace(EMAIL, '$1***@$2').replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '');
    return `${match.startsWith('+') ? '+' : ''}${digits[0]}${'*'.repeat(digits.length - 5)}${digits.slice(-4)}`;
  });
}

/**
 * Middleware that logs one line per call once it is answered or has failed:
 * method, URL, status (also that of an `HttpError`, else the error's name)
 * and duration, e.g.
 * `GET https://api.example.com/contacts?email=j***@example.com -> 200 in 41 ms`.
 * Retries happen below it, so the duration includes them.
 *
 * Headers are never logged. The values of credential headers (names with
 * `auth`, `key`, `token`, `secret`, `pass`, `cookie`, `session` or `user-id`)
 * are replaced by `[redacted]` wherever they appear in the line, and e-mail
 * addresses and phone numbers are masked. A logger that throws does not fail
 * the call.
 *
 * @example
 * const contacts = createClient({ apiKey });
 * contacts.use(debugLogging((line) => console.debug(line)));
 */
export function debugLogging(log: (line: string) => void): Middleware {
  // By request id; a call answered by a later middleware's onRequest leaves its entry behind.
  const started = new Map<string, number>();
  const write = (request: Request, id: string, outcome: string) => {
    const ms = Math.round(performance.now() - (started.get(id) ?? Number.NaN));
    started.delete(id);
    try {
      log(maskPersonalData(redact(`${request.method} ${decode(request.url)} -> ${outcome} in ${ms} ms`, request.headers)));
    } catch {
      // A failing logger must not fail the request.
    }
  };
  return {
    onRequest({ id }) {
      started.set(id, performance.now());
    },
    onResponse({ request, response, id }) {
      write(request, id, String(response.status));
    },
    onError({ request, error, id }) {
      write(request, id, String((error as { status?: unknown }).status ?? (error as Error).name));
    },
  };
}

// Credentials first: masking could split a secret that looks like a phone number.
// Each value is matched whole, without its scheme (`Bearer …`), and URL-encoded.
function redact(line: string, headers: Headers): string {
  for (const [name, value] of headers) {
    if (!CREDENTIAL_HEADER.test(name)) continue;
    for (const secret of [value, value.slice(value.indexOf(' ') + 1)]) {
      if (secret) line = line.replaceAll(secret, '[redacted]').replaceAll(encodeURIComponent(secret), '[redacted]');
    }
  }
  return line;
}

// Decoded so that `john%40example.com` is recognised (and masked) as an address.
function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
