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
 * Paging by an offset that paginate counts itself (limit/offset APIs, whose
 * answer is an envelope around the items): the first page is asked for
 * without it, each next one with the offset after the page before. The page
 * size is the caller's, and never changed.
 */
export interface OffsetPaginateSpec extends PagingSpec {
  /**
   * Pointer to the boolean "more pages follow", e.g. `/hasNextPage`. When an
   * answer leaves it out (or it is null), `page < totalPages` decides, if both are there.
   */
  hasMore: string;
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
 * page number other than the one asked for, or totals that changed. The
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
  const pointer = (key: string, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith('/')) invalid(`spec.${key}`, 'a JSON Pointer such as "/data"', JSON.stringify(value));
  };
  const param = (key: string, value: unknown, what: string) => {
    if (typeof value !== 'string' || !value) invalid(`spec.${key}`, `the name of the query parameter that sends the ${what}`, JSON.stringify(value));
  };
  pointer('items', spec.items);
  if (spec.offsetParam === undefined) {
    pointer('cursor', spec.cursor);
    if (spec.hasMore !== undefined) pointer('hasMore', spec.hasMore);
    return param('cursorParam', spec.cursorParam, 'cursor');
  }
  if (spec.cursorParam !== undefined) invalid('spec', 'the cursor form (cursorParam) or the offset form (offsetParam), not both', 'both');
  pointer('hasMore', spec.hasMore);
  param('offsetParam', spec.offsetParam, 'offset');
  if (spec.offsetUnit !== 'page' && spec.offsetUnit !== 'item') invalid('spec.offsetUnit', '"page" (the offset is a 0-based page index) or "item" (it counts items)', JSON.stringify(spec.offsetUnit));
  if (spec.page !== undefined) pointer('page', spec.page);
  if (spec.totalPages !== undefined) pointer('totalPages', spec.totalPages);
  if (spec.totals !== undefined && !Array.isArray(spec.totals)) invalid('spec.totals', 'a list of JSON Pointers', JSON.stringify(spec.totals));
  spec.totals?.forEach((total, index) => pointer(`totals[${index}]`, total));
}

/** A {@link PaginationError} for the current page: what it had, and what to do unless it is only the API's to fix. */
type Broken = (what: string, todo?: string) => PaginationError;

/**
 * Reads the answer of one page of an iteration (page `number`, asked for
 * with `cursor`): the cursor of the next page, or `undefined` after the last.
 */
type Follow = (data: unknown, items: unknown[], cursor: string | undefined, number: number, broken: Broken) => string | undefined;

/** One form of paging: the query parameter that asks for a page, what it sends, and a new {@link Follow} per iteration. */
interface Paging {
  param: string;
  noun: 'cursor' | 'offset';
  /** What the first page is asked for with: offset 0, or no cursor. */
  first: string | undefined;
  follow(): Follow;
}

function paging(spec: PaginateSpec): Paging {
  if (spec.offsetParam !== undefined) return { param: spec.offsetParam, noun: 'offset', first: '0', follow: () => followOffset(spec) };
  return { param: spec.cursorParam, noun: 'cursor', first: undefined, follow: () => followCursor(spec) };
}

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
  return (data, items, cursor, _number, broken) => {
    const offset = Number(cursor ?? 0);
    const page = at(data, spec.page);
    const totalPages = at(data, spec.totalPages);
    // A page offset names the page asked for; an item offset does not, so
    // there the page must follow the one before (or be 1 at offset 0).
    const asked = spec.offsetUnit === 'page' ? offset + 1 : typeof previousPage === 'number' ? previousPage + 1 : offset ? undefined : 1;
    previousPage = page;
    if (page !== undefined && asked !== undefined && page !== asked) throw broken(`${spec.page} ${shown(page)} where page ${asked} was asked for`);

    const totals = (spec.totals ?? []).map((pointer) => at(data, pointer));
    firstTotals ??= totals;
    const changed = totals.findIndex((total, index) => total !== firstTotals![index]);
    if (changed >= 0) {
      throw broken(`${spec.totals![changed]} ${shown(totals[changed])} where this iteration's first page had ${shown(firstTotals[changed])}`, 'the list changed while paging, so pages may have skipped or repeated items: start over');
    }

    let more = at(data, spec.hasMore);
    if (more == null) {
      if (typeof page !== 'number' || typeof totalPages !== 'number') {
        throw broken(`${got(more)} at ${spec.hasMore}, nor a page number and page count to tell by (${spec.page ?? 'page'}: ${got(page)}, ${spec.totalPages ?? 'totalPages'}: ${got(totalPages)})`);
      }
      more = page < totalPages;
    }
    if (typeof more !== 'boolean') throw broken(`${spec.hasMore} not true or false (got ${got(more)})`);
    if (more && !items.length) throw broken(`no items yet more pages to follow (${spec.hasMore}), so paging would make no progress`);
    if (more && typeof page === 'number' && typeof totalPages === 'number' && page >= totalPages) throw broken(`more pages to follow (${spec.hasMore}) on page ${page} of ${totalPages} (${spec.totalPages})`);
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
 * `hasMore` stops when its page is the last of `totalPages`; an empty page
 * that says more follow is refused.
 *
 * @throws {PaginationError} when a page breaks the contract.
 * @throws {RequestError} as the client throws it (e.g. a `RateLimitError` once
 * its retries are spent), with `cursor` set to resume from the page it failed on.
 * @throws {ConfigurationError} when `spec` is malformed, or `init` sends the
 * cursor or offset itself: pass it to `byPage({ cursor })` instead.
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
 */
export function paginate<Item = unknown>(client: Pick<ApiClient<{}>, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions, spec: PaginateSpec): Pages<Item> {
  checkSpec(spec);
  const { param, noun, first, follow } = paging(spec);
  const { params = {} } = init as { params?: { query?: Record<string, unknown> } };
  if (params.query?.[param] !== undefined) invalid(`params.query.${param}`, `left to paginate, which sends each page's ${noun}: start from a page with byPage({ cursor })`, 'a value');

  async function* pages(start: string | undefined): AsyncGenerator<Page<Item>> {
    const next = follow();
    let cursor = start ?? first;
    for (let number = 1; ; number++) {
      const broken: Broken = (problem, todo = "the API broke its spec's paging contract: report it (the error's `cursor` asks for this page again)") =>
        new PaginationError(method, path, cursor, `${method} ${path} answered page ${number}${noun === 'offset' && cursor !== undefined ? ` (${param} ${cursor})` : ''} with ${problem}; ${todo}.`);
      const query = { ...params.query, ...spec.query, ...(cursor !== undefined && { [param]: noun === 'offset' ? Number(cursor) : cursor }) };
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
      if (cursor !== undefined && !(typeof cursor === 'string' && (noun === 'offset' ? /^\d+$/.test(cursor) : cursor !== ''))) {
        invalid('cursor', noun === 'offset' ? "an offset of 0 or more as a string, a page's or an error's `cursor`" : "a non-empty string, a page's or an error's `cursor`", JSON.stringify(cursor));
      }
      return pages(cursor);
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of pages(undefined)) yield* page.items;
    },
  };
}
