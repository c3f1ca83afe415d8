// What crosses between the test and the page: plain data, since
// `page.evaluate` passes its argument and its result as JSON-like values.

/** A request sent through an API's client in the page. */
export interface ClientRequest {
  /** The API's name in redocly.yaml, whose client sends it. */
  api: string;
  method: string;
  /** The operation's path template, e.g. `/contacts/{id}`. */
  path: string;
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  body?: unknown;
  /** The parts of a form body that the page turns from text into files. */
  fileParts?: string[];
  headers?: Record<string, string>;
}

/** A request sent with the page's bare `fetch`, without a client and so without credentials. */
export interface PlainRequest {
  url: string;
  method: string;
  /** A JSON body, as text. */
  body?: string;
}

/** What the page got back. */
export interface Answer {
  /** The HTTP status, or 0 when the request failed and `thrown` says why. */
  status: number;
  /** The client's `data ?? error`, or the parsed body of a bare fetch. */
  body: unknown;
  /** The parsed `x-mock-violations` header, when the answer has one. */
  violations?: { at: string; rule: string; message: string }[];
  thrown?: string;
}
