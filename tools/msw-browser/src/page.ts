// The page the browser test opens, bundled for Chromium: every client with
// its `./msw` handlers, served by msw's service worker (`setupWorker`) as in
// a user's app or component test. The test drives it through the functions
// this module puts on `window`, a batch of requests per call.
import type { HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Answer, ClientRequest, PlainRequest } from './requests.ts';

/** What the page needs of one client package: its `createClient`, and its `./msw` entry's `handlers` and `createMockData`. */
export interface PageApi {
  createClient(options: Record<string, unknown>): AnyClient;
  handlers(baseUrl: string, options?: { data?: unknown }): HttpHandler[];
  createMockData(seed: Record<string, unknown[]>): unknown;
}

/** What the page uses of a client: `request`, the method behind `GET`, `POST`, … */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** How the page mocks one API: where its handlers answer, its client's options, and where handlers with records answer, seeded with what. */
export interface PageConfig {
  baseUrl: string;
  options: Record<string, unknown>;
  records?: { baseUrl: string; seed: Record<string, unknown[]> };
}

/** The page's functions, as the test calls them with `page.evaluate`. */
export interface MockPage {
  /**
   * Starts the worker with every API's handlers under its base URL, and a
   * client of each made with `options`; for an API with `records`, also its
   * handlers over `createMockData(seed)` under their own base URL.
   */
  start(apis: Record<string, PageConfig>): Promise<void>;
  /** The client of `api` that calls its handlers with records. */
  recordsClient(api: string): AnyClient;
  /** Sends every request through its API's client, all at once, and answers in their order. */
  send(requests: ClientRequest[]): Promise<Answer[]>;
  /** Sends every request with the page's own `fetch`, with no client and so no credentials, all at once. */
  fetch(requests: PlainRequest[]): Promise<Answer[]>;
}

declare global {
  interface Window {
    mockPage: MockPage;
  }
}

/** Puts {@link MockPage} on `window`, over the client packages by API name. */
export function installPage(packages: Record<string, PageApi>): void {
  const clients = new Map<string, AnyClient>();
  const recordsClients = new Map<string, AnyClient>();
  const packageOf = (api: string) => packages[api] ?? fail(`no client package named ${api} is bundled in the page`);

  window.mockPage = {
    async start(apis) {
      const handlers = Object.entries(apis).flatMap(([api, { baseUrl, options, records }]) => {
        const client = packageOf(api);
        clients.set(api, client.createClient(options));
        if (!records) return client.handlers(baseUrl);
        recordsClients.set(api, client.createClient({ ...options, baseUrl: records.baseUrl }));
        return [...client.handlers(baseUrl), ...client.handlers(records.baseUrl, { data: client.createMockData(records.seed) })];
      });
      // A request no handler answers fails, rather than leaving for the network.
      await setupWorker(...handlers).start({ onUnhandledRequest: 'error', quiet: true });
    },
    recordsClient: (api) => recordsClients.get(api) ?? fail(`start() was given no records for ${api}`),
    send(requests) {
      return Promise.all(
        requests.map(({ api, method, path, params, body, fileParts, headers }) =>
          answerOf(async () => {
            const client = clients.get(api) ?? fail(`start() made no client of ${api}`);
            const { data, error, response } = await client.request(method, path, { params, ...(body === undefined ? {} : { body: withFiles(body, fileParts) }), headers });
            return { response, body: data ?? error };
          }),
        ),
      );
    },
    fetch(requests) {
      return Promise.all(
        requests.map(({ url, method, body }) =>
          answerOf(async () => {
            const response = await fetch(url, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }) });
            const text = await response.text();
            return { response, body: text ? JSON.parse(text) : undefined };
          }),
        ),
      );
    },
  };
}

// A failed request is an answer too: the test names it rather than the page aborting the batch.
async function answerOf(send: () => Promise<{ response: Response; body: unknown }>): Promise<Answer> {
  try {
    const { response, body } = await send();
    const violations = response.headers.get('x-mock-violations');
    return { status: response.status, body: plain(body), violations: violations === null ? undefined : JSON.parse(violations) };
  } catch (error) {
    return { status: 0, body: undefined, thrown: String(error) };
  }
}

/** A body as a structured clone would pass it back: an error the client made is its own fields, not `{}`. */
function plain(body: unknown): unknown {
  return body instanceof Error ? { ...body, name: body.name, message: body.message } : body;
}

/** A form body's file parts as files: JSON, which carried the request here, has none. */
function withFiles(body: unknown, fileParts: string[] | undefined): unknown {
  if (!fileParts?.length || !body || typeof body !== 'object') return body;
  return Object.fromEntries(Object.entries(body).map(([name, value]) => [name, fileParts.includes(name) && typeof value === 'string' ? new Blob([value]) : value]));
}

function fail(message: string): never {
  throw new Error(message);
}
