// Paging over a cursor or by an offset, in an entry of its own so that
// clients that do not page do not ship it. What an operation's pages look like comes from its
// spec (`x-contactkit-paginate`); the requests are the client's own, so its
// retries, Retry-After and throttle apply to every page and nothing here
// sends a request again.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { ApiClient } from './client.js';
import { ContactkitError, invalid, RequestError } from './errors.js';
import type { CallOptions } from './options.js';

/** What both forms of {@link PaginateSpec} say. */
export interface PagingSpec {
  /** Pointer to the page's items, e.g. `/data`. */
  items: string;
  /** Query values every page request sends, e.g. `{ useScrollId: true }`; they override the caller's. */
  query?: Readonly<Record<string, unknown>>;
  /**
   * The integer query parameter that holds the caller's page size, e.g.
   * `count`, for APIs that read 0 as something other than a page (every
   * record in one answer): paginate refuses a value that is not a whole
   * number of 1 or more before any request.
   */
  limitParam?: string;
}

/**
 * Paging over a cursor that each answer gives for the next page.
 */
export interface CursorPaginateSpec extends PagingSpec {
  /** Pointer to the boolean "more pages follow", e.g. `/meta/hasMore`; without it, a page with no cursor is the last. */
  hasMore?: string;
  /** Pointer to the cursor of the next page, e.g. `/meta/scrollId`. */
  cursor: string;
  /** The query parameter that sends the cursor, e.g. `scrollId`. */
  cursorParam: string;
  /**
   * `true` when the cursor names a scroll on the server that moves on by
   * itself (an Elasticsearch scroll id, say), so a page may give back the
   * cursor it was asked with. Then a repeated cursor is no loop, and paging
   * ends only by `hasMore` or an empty page.
   */
  cursorMayRepeat?: boolean;
  /** Only in the offset form: an operation pages one way. */
  offsetParam?: never;
}

/**
 * What the offset form of {@link PaginateSpec} says, `hasMore` and `total`
 * both optional: {@link OffsetPaginateSpec} needs one of them.
 */
export interface OffsetPagingSpec extends PagingSpec {
  /**
   * Pointer to the boolean "more pages follow", e.g. `/hasNextPage`. When an
   * answer leaves it out (or it is null), `total` decides if the spec has it,
   * else `page < totalPages`, if both are there.
   */
  hasMore?: string;
  /**
   * Pointer to the number of items in all pages, e.g. `/total`, with
   * `offsetUnit: 'item'` only: more pages follow while the offset plus this
   * page's items is below it. It must be a whole number of 0 or more, and the
   * same on every page of one iteration (as `totals`).
   */
  total?: string;
  /** The integer query parameter that picks the page, e.g. `offset`; the first page is asked for with `0`, since such APIs often state no default. */
  offsetParam: string;
  /** `'page'`: the offset is a 0-based page index (the next is offset + 1); `'item'`: it counts items (the next is offset + the items of this page). */
  offsetUnit: 'page' | 'item';
  /** Pointer to the answer's 1-based page number, e.g. `/page`, checked to be the page asked for (with item offsets, the one after the page before). */
  page?: string;
  /** Pointer to the number of pages, e.g. `/totalPages`: a page that says more follow must come before the last. */
  totalPages?: string;
  /** Pointers to counts that must not change between the pages of one iteration, e.g. `['/totalCount']`: if they do, the list changed under the paging. */
  totals?: readonly string[];
  /** Only in the cursor form: an operation pages one way. */
  cursorParam?: never;
}

/**
 * Paging by an offset that paginate counts itself (limit/offset and
 * offset/count APIs, whose answer is an envelope around the items): the
 * first page is asked for with offset 0, each next one with the offset after
 * the page before. The page size is the caller's, and never changed. What
 * tells that more pages follow is `hasMore`, `total`, or both.
 */
export type OffsetPaginateSpec = OffsetPagingSpec & ({ hasMore: string } | { total: string });

/**
 * How an operation pages, as its spec's `x-contactkit-paginate` says: where
 * each page's items and what tells the next page are in the 2xx JSON body
 * (JSON Pointers, RFC 6901), and the query parameter that asks for a page:
 * a cursor the answer gives ({@link CursorPaginateSpec}), or an offset the
 * caller counts ({@link OffsetPaginateSpec}).
 */
export type PaginateSpec = CursorPaginateSpec | OffsetPaginateSpec;

/** One page of a paged call. */
export interface Page<Item> {
  /** The page's items; empty on a page that ends the iteration. */
  items: Item[];
  /**
   * The cursor of the next page (with offset paging, its offset as a string):
   * pass it to `byPage({ cursor })` to go on from there. `undefined` on the last page.
   */
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
   * to resume where it stopped (with offset paging, any offset as a string,
   * e.g. `'3'`). Omitted, paging starts at the first page.
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
 * with no cursor, or a cursor already used (following it would loop); with
 * offset paging, more to follow after an empty page or past the last page, a
 * page number other than the one asked for, a `total` that is no whole number
 * of 0 or more, or totals (and `total`) that changed. The page's items are not yielded.
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


/** The value at a JSON Pointer (RFC 6901) in `value`; `undefined` when it points at nothing, or there is no pointer. */
function at(value: unknown, pointer: string | undefined): unknown {
  return pointer
    ?.split('/')
    .slice(1)
    .reduce((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), value);
}

// Only the type of a value the contract refused: a page may hold personal data.
const got = (value: unknown) => (value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
// Page numbers and counts are no personal data, and the number says more.
const shown = (value: unknown) => (typeof value === 'number' ? String(value) : got(value));

/** Throws a {@link ConfigurationError} naming the first thing `spec` gets wrong. */
function checkSpec(spec: PaginateSpec): void {
  const fields = spec as unknown as Record<string, unknown>;
  // The value at `key` must be a JSON Pointer; an optional one may be left out.
  const pointer = (key: string, optional?: boolean, value = fields[key]) => {
    if (!(optional && value === undefined) && (typeof value !== 'string' || !value.startsWith('/'))) invalid(`spec.${key}`, 'a JSON Pointer such as "/data"', JSON.stringify(value));
  };
  const param = (key: string, what: string, value = fields[key]) => {
    if (typeof value !== 'string' || !value) invalid(`spec.${key}`, `the name of the query parameter that sends the ${what}`, JSON.stringify(value));
  };
  pointer('items');
  if (spec.offsetParam === undefined) {
    pointer('cursor');
    pointer('hasMore', true);
    return param('cursorParam', 'cursor');
  }
  if (spec.cursorParam !== undefined) invalid('spec', 'the cursor form (cursorParam) or the offset form (offsetParam), not both', 'both');
  // One of hasMore and total tells whether more pages follow.
  pointer(spec.total ? 'hasMore' : 'hasMore (or spec.total)', !!spec.total, spec.hasMore);
  param('offsetParam', 'offset');
  if (spec.offsetUnit !== 'page' && spec.offsetUnit !== 'item') invalid('spec.offsetUnit', '"page" (the offset is a 0-based page index) or "item" (it counts items)', JSON.stringify(spec.offsetUnit));
  pointer('total', true);
  if (spec.total && spec.offsetUnit !== 'item') invalid('spec.offsetUnit', '"item" with spec.total, which counts items', JSON.stringify(spec.offsetUnit));
  pointer('page', true);
  pointer('totalPages', true);
  if (spec.totals !== undefined && !Array.isArray(spec.totals)) invalid('spec.totals', 'a list of JSON Pointers', JSON.stringify(spec.totals));
  spec.totals?.forEach((total, index) => pointer(`totals[${index}]`, false, total));
}

/** A {@link PaginationError} for the current page: what it had, and what to do unless it is only the API's to fix. */
type Broken = (what: string, todo?: string) => PaginationError;

/**
 * Reads the answer of one page of an iteration (page `number`, asked for
 * with `cursor`): the cursor of the next page, or `undefined` after the last.
 */
type Follow = (data: unknown, items: unknown[], cursor: string | undefined, number: number, broken: Broken) => string | undefined;

/** Follows the cursor each answer gives, refusing one already used (unless it may repeat). */
function followCursor(spec: CursorPaginateSpec): Follow {
  const used = new Map<string, number>();
  return (data, items, cursor, number, broken) => {
    if (cursor !== undefined) used.set(cursor, number);
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
    return hasMore ? next : undefined;
  };
}

/** Counts the offset on from the one asked for, checking each answer's page number and totals against the pages before. */
function followOffset(spec: OffsetPaginateSpec): Follow {
  let firstTotals: unknown[] | undefined;
  let previousPage: unknown;
  // The total is one of the counts that must not change while paging.
  const watched = (spec.totals ?? []).concat(spec.total ?? []);
  return (data, items, cursor, _number, broken) => {
    const offset = Number(cursor ?? 0);
    const page = at(data, spec.page);
    const totalPages = at(data, spec.totalPages);
    // A page offset names the page asked for; an item offset does not, so
    // there the page must follow the one before (or be 1 at offset 0).
    const asked = spec.offsetUnit === 'page' ? offset + 1 : typeof previousPage === 'number' ? previousPage + 1 : offset ? undefined : 1;
    previousPage = page;
    if (page !== undefined && asked !== undefined && page !== asked) throw broken(`${spec.page} ${shown(page)} where page ${asked} was asked for`);

    const total = at(data, spec.total);
    if (spec.total && !(Number.isInteger(total) && (total as number) >= 0)) throw broken(`${spec.total} not a whole number of 0 or more (got ${shown(total)})`);
    const totals = watched.map((pointer) => at(data, pointer));
    firstTotals ??= totals;
    const changed = totals.findIndex((value, index) => value !== firstTotals![index]);
    if (changed >= 0) {
      throw broken(`${watched[changed]} ${shown(totals[changed])} where this iteration's first page had ${shown(firstTotals[changed])}`, 'the list changed while paging, so pages may have skipped or repeated items: start over');
    }

    let more = at(data, spec.hasMore);
    // Without a hasMore, or an answer that leaves it out, the total tells.
    const byTotal = more == null && spec.total;
    if (byTotal) more = offset + items.length < (total as number);
    // What said more pages follow, for the messages.
    const said = byTotal ? `${spec.total} ${total}` : spec.hasMore;
    if (more == null) {
      if (typeof page !== 'number' || typeof totalPages !== 'number') {
        throw broken(`${got(more)} at ${spec.hasMore}, nor a page number and page count to tell by (${spec.page ?? 'page'}: ${got(page)}, ${spec.totalPages ?? 'totalPages'}: ${got(totalPages)})`);
      }
      more = page < totalPages;
    }
    if (typeof more !== 'boolean') throw broken(`${spec.hasMore} not true or false (got ${got(more)})`);
    if (more && !items.length) throw broken(`no items yet more pages to follow (${said}), so paging would make no progress`);
    if (more && typeof page === 'number' && typeof totalPages === 'number' && page >= totalPages) throw broken(`more pages to follow (${said}) on page ${page} of ${totalPages} (${spec.totalPages})`);
    if (!more) return undefined;
    return String(spec.offsetUnit === 'page' ? offset + 1 : offset + items.length);
  };
}

/**
 * Pages through an operation's answers as `spec` says, calling
 * `client.request(method, path, init)` once per page with `spec.query` in the
 * query and, from the second page on, the cursor in `spec.cursorParam` or
 * the offset in `spec.offsetParam`. Every call throws its failures, so
 * `init.throwOnError` is ignored; its `signal` aborts the current request
 * (an `AbortError`) and the iteration.
 *
 * Iteration stops after a page whose `hasMore` is false. Over a cursor, it
 * also stops without a `hasMore` pointer at a page with no cursor (null,
 * missing or empty), and after an empty page, whatever it says, since a page
 * with nothing in it moves nothing forward. Over an offset, an answer with no
 * `hasMore` stops when the offset plus its items reaches `total`, or else
 * when its page is the last of `totalPages`; an empty page that says more
 * follow is refused.
 *
 * @throws {PaginationError} when a page breaks the contract.
 * @throws {RequestError} as the client throws it (e.g. a `RateLimitError` once
 * its retries are spent), with `cursor` set to resume from the page it failed on.
 * @throws {ConfigurationError} when `spec` is malformed, or `init` sends the
 * cursor or offset itself (pass it to `byPage({ cursor })` instead), or a
 * page size in `spec.limitParam` that is not a whole number of 1 or more.
 *
 * @example
 * const pages = paginate(client, 'GET', '/contacts', { params: { query: { size: 100 } } }, {
 *   items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true },
 * });
 * for await (const contact of pages) console.log(contact);
 *
 * @example
 * const batches = paginate(client, 'GET', '/batches', { params: { query: { limit: 100 } } }, {
 *   items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page', page: '/page', totalPages: '/totalPages',
 * });
 * for await (const page of batches.byPage()) console.log(page.items.length, page.cursor);
 *
 * @example
 * const found = paginate(client, 'GET', '/api/v1/omnichannel/contacts.search', { params: { query: { count: 100 } } }, {
 *   items: '/contacts', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count',
 * });
 */
export function paginate<Item = unknown>(client: Pick<ApiClient<{}>, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions, spec: PaginateSpec): Pages<Item> {
  checkSpec(spec);
  const byOffset = spec.offsetParam !== undefined;
  // The query parameter that asks for a page, and what it sends.
  const param = byOffset ? spec.offsetParam : spec.cursorParam;
  const noun = byOffset ? 'offset' : 'cursor';
  const { params = {} } = init as { params?: { query?: Record<string, unknown> } };
  if (params.query?.[param] !== undefined) invalid(`params.query.${param}`, `left to paginate, which sends each page's ${noun}: start from a page with byPage({ cursor })`, 'a value');
  // An offset/count API may read a count of 0 as "every record in one answer": never a page.
  const size = spec.limitParam ? params.query?.[spec.limitParam] : undefined;
  if (size !== undefined && !(Number.isInteger(size) && (size as number) >= 1)) {
    invalid(`params.query.${spec.limitParam}`, "a page size of 1 or more (0 asks for every record in one answer), or left out for the server's default", JSON.stringify(size));
  }

  async function* pages(start: string | undefined): AsyncGenerator<Page<Item>> {
    // A new Follow per iteration; the first page is asked for with offset 0, or no cursor.
    const next = byOffset ? followOffset(spec) : followCursor(spec);
    let cursor = start ?? (byOffset ? '0' : undefined);
    for (let number = 1; ; number++) {
      const broken: Broken = (problem, todo = "the API broke its spec's paging contract: report it (the error's `cursor` asks for this page again)") =>
        new PaginationError(method, path, cursor, `${method} ${path} answered page ${number}${byOffset && cursor !== undefined ? ` (${param} ${cursor})` : ''} with ${problem}; ${todo}.`);
      const query = { ...params.query, ...spec.query, ...(cursor !== undefined && { [param]: byOffset ? Number(cursor) : cursor }) };
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
      const after = next(data, items, cursor, number, broken);
      yield { items: items as Item[], cursor: after, hasMore: after !== undefined, response };
      if (after === undefined) return;
      cursor = after;
    }
  }

  return {
    byPage({ cursor } = {}) {
      if (cursor !== undefined && !(typeof cursor === 'string' && (byOffset ? /^\d+$/.test(cursor) : cursor !== ''))) {
        invalid('cursor', byOffset ? "an offset of 0 or more as a string, a page's or an error's `cursor`" : "a non-empty string, a page's or an error's `cursor`", JSON.stringify(cursor));
      }
      return pages(cursor);
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of pages(undefined)) yield* page.items;
    },
  };
}
