/** One way a request or response broke the spec, as a mock reports it. */
export interface Violation {
  /** Where, e.g. `body.addresses.msisdn` or `path.accountid` (Prism lower-cases parameter names). */
  at: string;
  /** The JSON Schema keyword that failed, e.g. `pattern`, `maxLength`, `required`. */
  rule: string;
  message: string;
}

interface PrismViolation {
  location: string[];
  code: string;
  message: string;
}

/**
 * Every violation a mock reported for an exchange. Prism's: from the
 * `sl-violations` header (set when the spec has its own error response for
 * the case) and from the `validation` list of its own 422 problem body. The
 * msw handlers' (@contactkit/mock/msw): from the `x-mock-violations` header,
 * already in this shape (their problem body repeats it, so it is not read).
 */
export function violationsOf(response: Response, body?: unknown): Violation[] {
  const mock = response.headers.get('x-mock-violations');
  const fromMock: Violation[] = mock ? JSON.parse(mock) : [];
  const header = response.headers.get('sl-violations');
  const fromHeader: PrismViolation[] = header ? JSON.parse(header) : [];
  const fromBody: PrismViolation[] =
    body && typeof body === 'object' && Array.isArray((body as { validation?: unknown }).validation)
      ? (body as { validation: PrismViolation[] }).validation
      : [];
  const fromPrism = [...fromHeader, ...fromBody].map(({ location, code, message }) => ({
    at: (location[0] === 'request' ? location.slice(1) : location).join('.'),
    rule: code,
    message,
  }));
  return [...fromPrism, ...fromMock];
}
