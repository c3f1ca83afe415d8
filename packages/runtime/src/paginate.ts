// Paging over a cursor, in an entry of its own so that clients that do not
// page do not ship it. What an operation's pages look like comes from its
// spec (`x-contactkit-paginate`); the requests are the client's own, so its
// retries, Retry-After and throttle apply to every page and nothing here
// sends a request again.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { ApiClient } from './client.js';
import { ContactkitError, invalid, RequestError } from './errors.js';
import type { CallOptions } from './options.js';

/**
 * How an operation pages, as its spec's `x-contactkit-paginate` says: where
 * each page's items and next cursor are in the 2xx JSON body (JSON Pointers,
 * RFC 6901), and the query parameter that sends the cursor back.
 */
export interface PaginateSpec {
  /** Pointer to the page's items, e.g. `/data`. */
  items: string;
  /** Pointer to the boolean "more pages follow", e.g. `/meta/hasMore`; without it, a page with no cursor is the last. */
  hasMore?: string;
  /** Pointer to the cursor of the next page, e.g. `/meta/scrollId`. */
  cursor: string;
  /** The query parameter that sends the cursor, e.g. `scrollId`. */
  cursorParam: string;
  /** Query values every page request sends, e.g. `{ useScrollId: true }`; they override the caller's. */
  query?: Readonly<Record<string, unknown>>;
  /**
   * `true` when the cursor names a scroll on the server that moves on by
   * itself (an Elasticsearch scroll id, say), so a page may give back the
   * cursor it was asked with. Then a repeated cursor is no loop, and paging
   * ends only by `hasMore` or an empty page.
   */
  cursorMayRepeat?: boolean;
}

/** One page of a paged call. */
export interface Page<Item> {
  /** The page's items; empty on a page that ends the iteration. */
  items: Item[];
  /** The cursor of the next page: pass it to `byPage({ cursor })` to go on from there. `undefined` on the last page. */
  cursor: string | undefined;
  /** Whether another page follows. */
  hasMore: boolean;
  /** The answer the page came in. */
  response: Response;
}

/** Options of {@link Pages.byPage}. */
export interface ByPageOptions {
  /**
   * The cursor of the first page to get: a page's `cursor`, or an error's,
   * to resume where it stopped. Omitted, paging starts at the first page.
   */
  cursor?: string;
}

/**
 * The result of {@link paginate}: `for await` it for every item, or call
 * `byPage()` for whole pages. Nothing is requested until iteration starts;
 * each iteration starts over, and breaking out of it sends no more requests.
 */
export interface Pages<Item> extends AsyncIterable<Item> {
  /** Iterates page by page, from `cursor` when given. */
  byPage(options?: ByPageOptions): AsyncIterableIterator<Page<Item>>;
}

/**
 * A page broke the paging contract its spec declares: items that are not an
 * array, a "more pages follow" that is not a boolean, or that says more follow
 * with no cursor, or a cursor already used (following it would loop). The
 * page's items are not yielded.
 */
export class PaginationError extends ContactkitError {
  override name = 'PaginationError';

  constructor(
    /** The HTTP method, e.g. `GET`. */
    readonly method: string,
    /** The path as the spec names it, e.g. `/contacts`. */
    readonly pathTemplate: string,
    /** The cursor the broken page was asked for with (`undefined` for the first page): pass it to `byPage({ cursor })` to try that page again. */
    readonly cursor: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

// Exclude, not NonNullable: on the `… | undefined` that MaybeOptionalInit is
// for an init with nothing required, NonNullable's `& {}` leaves Omit's keyof
// with the CallOptions keys alone, and `params` is lost.
/** The init of a paged call: the operation's params and per-call options; failures always throw, so no `throwOnError`. */
export type PagedInit<PathItem, Method extends HttpMethod> = Omit<Exclude<MaybeOptionalInit<PathItem, Method & keyof PathItem>, undefined> & CallOptions, 'throwOnError'>;

/** The init argument of a paged call: optional when nothing in it is required. */
export type PagedInitArgs<PathItem, Method extends HttpMethod> =
  RequiredKeysOf<PagedInit<PathItem, Method>> extends never ? [init?: PagedInit<PathItem, Method>] : [init: PagedInit<PathItem, Method>];

/** The value at a JSON Pointer (RFC 6901) in `value`; `undefined` when it points at nothing. */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), value);
}

// Only the type of a value the contract refused: a page may hold personal data.
const got = (value: unknown) => (value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/**
 * Pages through an operation's answers as `spec` says, calling
 * `client.request(method, path, init)` once per page with the cursor in
 * `spec.cursorParam` (none on the first page) and `spec.query` in the query.
 * Every call throws its failures, so `init.throwOnError` is ignored; its
 * `signal` aborts the current request (an `AbortError`) and the iteration.
 *
 * Iteration stops after a page whose `hasMore` is false, or, without a
 * `hasMore` pointer, one with no cursor (null, missing or empty); and after
 * an empty page, whatever it says, since a page with nothing in it moves
 * nothing forward.
 *
 * @throws {PaginationError} when a page breaks the contract.
 * @throws {RequestError} as the client throws it (e.g. a `RateLimitError` once
 * its retries are spent), with `cursor` set to resume from the page it failed on.
 * @throws {ConfigurationError} when `spec` has no pointers, or `init` sends the
 * cursor itself: pass it to `byPage({ cursor })` instead.
 *
 * @example
 * const pages = paginate(client, 'GET', '/contacts', { params: { query: { size: 100 } } }, {
 *   items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true },
 * });
 * for await (const contact of pages) console.log(contact);
 */
export function paginate<Item = unknown>(client: Pick<ApiClient<{}>, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions, spec: PaginateSpec): Pages<Item> {
  for (const key of ['items', 'cursor', 'hasMore'] as const) {
    if ((key !== 'hasMore' || spec.hasMore !== undefined) && !/^\//.test(String(spec[key]))) invalid(`spec.${key}`, 'a JSON Pointer such as "/data"', JSON.stringify(spec[key]));
  }
  if (typeof spec.cursorParam !== 'string' || !spec.cursorParam) invalid('spec.cursorParam', 'the name of the query parameter that sends the cursor', JSON.stringify(spec.cursorParam));
  const { params = {} } = init as { params?: { query?: Record<string, unknown> } };
  if (params.query?.[spec.cursorParam] !== undefined) invalid(`params.query.${spec.cursorParam}`, 'left to paginate, which sends each page\'s cursor: start from a cursor with byPage({ cursor })', 'a value');

  async function* pages(start: string | undefined): AsyncGenerator<Page<Item>> {
    const used = new Map<string, number>();
    let cursor = start;
    for (let number = 1; ; number++) {
      if (cursor !== undefined) used.set(cursor, number);
      const broken = (what: string) =>
        new PaginationError(method, path, cursor, `${method} ${path} answered page ${number} with ${what}; the API broke its spec's paging contract: report it (the error's \`cursor\` asks for this page again).`);
      const query = { ...params.query, ...spec.query, ...(cursor !== undefined && { [spec.cursorParam]: cursor }) };
      let answer: { data?: unknown; response: Response };
      try {
        answer = await client.request(method, path, { ...init, params: { ...params, query }, throwOnError: true });
      } catch (error) {
        if (error instanceof RequestError) Object.assign(error, { cursor });
        throw error;
      }
      const { data, response } = answer;
      const items = at(data, spec.items);
      if (!Array.isArray(items)) throw broken(`${spec.items} not an array (got ${got(items)})`);
      let said: boolean | undefined;
      if (spec.hasMore !== undefined) {
        const more = at(data, spec.hasMore);
        if (typeof more !== 'boolean') throw broken(`${spec.hasMore} not true or false (got ${got(more)})`);
        said = more;
      }
      const found = at(data, spec.cursor);
      if (!(found == null || typeof found === 'string' || (typeof found === 'number' && Number.isFinite(found)))) throw broken(`a cursor at ${spec.cursor} that is no string or number (got ${got(found)})`);
      const next = found == null || found === '' ? undefined : String(found);
      const hasMore = items.length > 0 && (said ?? next !== undefined);
      if (hasMore && next === undefined) throw broken(`${spec.hasMore} true but no cursor at ${spec.cursor} (got ${got(found)})`);
      if (hasMore && !spec.cursorMayRepeat && used.has(next!)) throw broken(`a next cursor at ${spec.cursor} that page ${used.get(next!)} was asked for with, which would loop`);
      yield { items: items as Item[], cursor: hasMore ? next : undefined, hasMore, response };
      if (!hasMore) return;
      cursor = next;
    }
  }

  return {
    byPage({ cursor } = {}) {
      if (cursor !== undefined && (typeof cursor !== 'string' || !cursor)) invalid('cursor', "a non-empty string, a page's or an error's `cursor`", JSON.stringify(cursor));
      return pages(cursor);
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of pages(undefined)) yield* page.items;
    },
  };
}
