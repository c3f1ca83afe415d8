// Offset paging against a server on a real socket, as 8x8 Connect's lists
// page: `limit` is the caller's page size, `offset` picks the page, and each
// answer is an envelope `{ items, page, totalPages, totalCount, totalFiltered,
// hasPreviousPage, hasNextPage }`. Each test counts the requests the server
// got: paging must send exactly the ones it needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, RateLimitError, ResponseParseError } from '../src/errors.js';
import { type OffsetPaginateSpec, type PaginateSpec, PaginationError, paginate } from '../src/paginate.js';
import { collect, failedWalk, failure, type ScriptedClient, scriptedClient, settle } from './support/paging.js';
import { type Step, startScriptedServer } from './support/server.js';

type Contact = { id: string; email: string };

/** The extension as the Connect lists declare it: offset is a 0-based page index. */
const byPageIndex: OffsetPaginateSpec = {
  items: '/items',
  hasMore: '/hasNextPage',
  offsetParam: 'offset',
  offsetUnit: 'page',
  page: '/page',
  totalPages: '/totalPages',
  totals: ['/totalPages', '/totalCount', '/totalFiltered'],
};

/** The same lists if offset counted items instead. */
const byItemOffset: OffsetPaginateSpec = { ...byPageIndex, offsetUnit: 'item' };

/** An envelope of contacts with these ids, page `page` of `totalPages`; `fields` overrides or, when undefined, removes its fields. */
function envelope(ids: string[], page: number, totalPages: number, fields: Record<string, unknown> = {}): Step {
  const body: Record<string, unknown> = {
    // Each item holds an e-mail address: messages must never show it.
    items: ids.map((id) => ({ id, email: `${id}@example.com` })),
    page,
    totalPages,
    totalCount: 7,
    totalFiltered: 5,
    hasPreviousPage: page > 1,
    hasNextPage: page < totalPages,
    ...fields,
  };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete body[key];
  return { status: 200, body };
}

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const scripted = (steps: Step[], options: { maxRetries?: number } = {}) => scriptedClient(server, steps, options);

const list = (client: ScriptedClient, spec: PaginateSpec = byPageIndex, init: Record<string, unknown> = { params: { query: { limit: 2 } } }) =>
  paginate<Contact>(client, 'GET', '/contacts', init, spec);

const ids = (contacts: Contact[]) => contacts.map(({ id }) => id);

const walkFailure = (pages: AsyncIterable<Contact>) => failedWalk(pages, ({ id }) => id);

describe('paging by page index', () => {
  it('ends after one request with zero items, sending the caller\'s limit and offset 0', async () => {
    const { client, hits, queries } = scripted([envelope([], 1, 0, { totalFiltered: 0 })]);
    expect(await collect(list(client))).toEqual([]);
    expect(hits()).toHaveLength(1);
    expect(queries()).toEqual([{ limit: '2', offset: '0' }]);
  });

  it('yields a single page whose hasNextPage is false', async () => {
    const { client, hits } = scripted([envelope(['a', 'b'], 1, 1)]);
    expect(ids(await collect(list(client)))).toEqual(['a', 'b']);
    expect(hits()).toHaveLength(1);
  });

  it('asks for pages 0, 1 and 2 by offset, never changing limit, until hasNextPage is false', async () => {
    const { client, hits, queries } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 2, 3), envelope(['e'], 3, 3)]);
    expect(ids(await collect(list(client)))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(hits()).toHaveLength(3);
    expect(queries()).toEqual([{ limit: '2', offset: '0' }, { limit: '2', offset: '1' }, { limit: '2', offset: '2' }]);
  });

  it('gives whole pages with byPage, each with the next offset as its cursor', async () => {
    const { client } = scripted([envelope(['a', 'b'], 1, 2), envelope(['c'], 2, 2)]);
    const pages = await collect(list(client).byPage());
    expect(pages.map(({ items, cursor, hasMore, response }) => ({ ids: ids(items), cursor, hasMore, status: response.status }))).toEqual([
      { ids: ['a', 'b'], cursor: '1', hasMore: true, status: 200 },
      { ids: ['c'], cursor: undefined, hasMore: false, status: 200 },
    ]);
  });

  it('starts at the offset given to byPage, and checks the answer is that page', async () => {
    const { client, queries } = scripted([envelope(['e', 'f'], 3, 4), envelope(['g'], 4, 4)]);
    expect(ids((await collect(list(client).byPage({ cursor: '2' }))).flatMap(({ items }) => items))).toEqual(['e', 'f', 'g']);
    expect(queries()).toEqual([{ limit: '2', offset: '2' }, { limit: '2', offset: '3' }]);
  });

  it('needs none of page, totalPages and totals: hasMore and the offset are enough', async () => {
    const { client, queries } = scripted([envelope(['a'], 1, 2), envelope(['b'], 2, 2)]);
    const bare: OffsetPaginateSpec = { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page' };
    expect(ids(await collect(list(client, bare)))).toEqual(['a', 'b']);
    expect(queries().map(({ offset }) => offset)).toEqual(['0', '1']);
  });
});

describe('paging by item offset', () => {
  it('moves the offset on by the items of each page', async () => {
    const { client, hits, queries } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 2, 3), envelope(['e'], 3, 3)]);
    const pages = await collect(list(client, byItemOffset).byPage());
    expect(pages.map(({ items, cursor }) => [ids(items), cursor])).toEqual([
      [['a', 'b'], '2'],
      [['c', 'd'], '4'],
      [['e'], undefined],
    ]);
    expect(hits()).toHaveLength(3);
    expect(queries().map(({ offset }) => offset)).toEqual(['0', '2', '4']);
  });

  it('resumes from an item offset, taking the first page\'s number as it comes and checking the next follows it', async () => {
    const { client, queries } = scripted([envelope(['e', 'f'], 3, 4), envelope(['g'], 4, 4)]);
    expect(ids((await collect(list(client, byItemOffset).byPage({ cursor: '4' }))).flatMap(({ items }) => items))).toEqual(['e', 'f', 'g']);
    expect(queries().map(({ offset }) => offset)).toEqual(['4', '6']);
  });

  it('refuses a first page, asked for with offset 0, that is not page 1', async () => {
    const { client, hits } = scripted([envelope(['c', 'd'], 2, 3)]);
    const { error, seen } = await walkFailure(list(client, byItemOffset));
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '0', message: expect.stringContaining('answered page 1 (offset 0) with /page 2 where page 1 was asked for;') });
    expect(seen).toEqual([]);
    expect(hits()).toHaveLength(1);
  });

  it('refuses a page number that does not follow the one before', async () => {
    const { client, hits } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 3, 3)]);
    const { error, seen } = await walkFailure(list(client, byItemOffset));
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '2', message: expect.stringContaining('answered page 2 (offset 2) with /page 3 where page 2 was asked for;') });
    expect(seen).toEqual(['a', 'b']);
    expect(hits()).toHaveLength(2);
  });
});

describe('an envelope without hasNextPage (none of its fields required, as on the batch list)', () => {
  it('goes on while page < totalPages, and stops at the last page', async () => {
    const { client, hits } = scripted([envelope(['a'], 1, 2, { hasNextPage: undefined }), envelope(['b'], 2, 2, { hasNextPage: undefined })]);
    expect(ids(await collect(list(client)))).toEqual(['a', 'b']);
    expect(hits()).toHaveLength(2);
  });

  it('reads a null hasNextPage as missing', async () => {
    const { client, hits } = scripted([envelope(['a'], 1, 2, { hasNextPage: null }), envelope(['b'], 2, 2, { hasNextPage: null })]);
    expect(ids(await collect(list(client)))).toEqual(['a', 'b']);
    expect(hits()).toHaveLength(2);
  });

  it.each([
    { case: 'totalPages missing too', fields: { hasNextPage: undefined, totalPages: undefined }, got: '/page: number, /totalPages: nothing' },
    { case: 'page missing too', fields: { hasNextPage: undefined, page: undefined }, got: '/page: nothing, /totalPages: number' },
  ])('with $case, is a PaginationError naming what is missing', async ({ fields, got }) => {
    const { client, hits } = scripted([envelope(['a'], 1, 2, fields)]);
    const { error, seen } = await walkFailure(list(client));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      `GET /contacts answered page 1 (offset 0) with nothing at /hasNextPage, nor a page number and page count to tell by (${got}); the API broke its spec's paging contract: report it (the error's \`cursor\` asks for this page again).`,
    );
    expect(seen).toEqual([]);
    expect(hits()).toHaveLength(1);
  });

  it('without page and totalPages in the spec, names the pointers it lacks', async () => {
    const { client } = scripted([envelope(['a'], 1, 2, { hasNextPage: undefined })]);
    const { error } = await walkFailure(list(client, { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page' }));
    expect((error as Error).message).toContain('nothing at /hasNextPage, nor a page number and page count to tell by (page: nothing, totalPages: nothing)');
  });
});

describe('a page that breaks the contract stops paging with a PaginationError', () => {
  it.each([
    { case: 'more to follow from an empty page (no progress)', fields: { items: [] }, problem: 'no items yet more pages to follow (/hasNextPage), so paging would make no progress' },
    { case: 'the wrong page number', fields: { page: 1 }, problem: '/page 1 where page 2 was asked for' },
    { case: 'no page number where one is due', fields: { page: 'two' }, problem: '/page string where page 2 was asked for' },
    { case: 'more to follow past totalPages', fields: { hasNextPage: true, totalPages: 2 }, problem: 'more pages to follow (/hasNextPage) on page 2 of 2 (/totalPages)', totals: [] },
    { case: 'items not an array', fields: { items: { id: 'c' } }, problem: '/items not an array (got object)' },
    { case: 'hasNextPage not a boolean', fields: { hasNextPage: 'yes' }, problem: '/hasNextPage not true or false (got string)' },
  ])('$case, after yielding the good pages, with the offset to ask for the broken one again', async ({ fields, problem, totals }) => {
    const { client, hits } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 2, 3, fields), envelope(['e'], 3, 3)]);
    const { error, seen } = await walkFailure(list(client, totals ? { ...byPageIndex, totals } : byPageIndex));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: '/contacts', cursor: '1' });
    expect((error as Error).message).toBe(
      `GET /contacts answered page 2 (offset 1) with ${problem}; the API broke its spec's paging contract: report it (the error's \`cursor\` asks for this page again).`,
    );
    expect(seen).toEqual(['a', 'b']);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it.each([
    { total: '/totalCount', fields: { totalCount: 8 }, was: '7', now: '8' },
    { total: '/totalFiltered', fields: { totalFiltered: undefined }, was: '5', now: 'nothing' },
    { total: '/totalPages', fields: { totalPages: 4 }, was: '3', now: '4' },
  ])('$total changing between pages: the list changed under the paging, so start over', async ({ total, fields, was, now }) => {
    const { client, hits } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 2, 3, fields)]);
    const { error, seen } = await walkFailure(list(client));
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '1' });
    expect((error as Error).message).toBe(
      `GET /contacts answered page 2 (offset 1) with ${total} ${now} where this iteration's first page had ${was}; the list changed while paging, so pages may have skipped or repeated items: start over.`,
    );
    expect(seen).toEqual(['a', 'b']);
    expect(hits()).toHaveLength(2);
  });

  it('compares totals within one iteration only: a resumed one starts from its own first page', async () => {
    const { client } = scripted([envelope(['a', 'b'], 1, 3), envelope(['c', 'd'], 2, 3, { totalCount: 8 }), envelope(['c', 'd'], 2, 3, { totalCount: 8 }), envelope(['e'], 3, 3, { totalCount: 8 })]);
    const pages = list(client);
    const { error } = await walkFailure(pages);
    const rest = await collect(pages.byPage({ cursor: (error as PaginationError).cursor }));
    expect(rest.flatMap(({ items }) => ids(items))).toEqual(['c', 'd', 'e']);
  });

  it('shows no item data in its message', async () => {
    const { client } = scripted([envelope(['a'], 1, 3), envelope(['jane'], 3, 3)]);
    const { error } = await walkFailure(list(client));
    expect((error as Error).message).toMatch(/\/page 3 where page 2 was asked for/);
    expect((error as Error).message).not.toMatch(/jane|example\.com/);
  });
});

describe('errors of the client, and stopping', () => {
  it('a page cut off mid-body is asked for again by the client, and paging goes on', async () => {
    const { client, queries } = scripted([envelope(['a', 'b'], 1, 2), 'reset-mid-body', envelope(['c'], 2, 2)]);
    const seen = (await collect(list(client).byPage())).flatMap(({ items }) => ids(items));
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(queries().map(({ offset }) => offset)).toEqual(['0', '1', '1']);
  });

  it('a page that is not JSON stops paging with the client\'s ResponseParseError, carrying the offset to resume from', async () => {
    const { client } = scripted([envelope(['a', 'b'], 1, 2), { status: 200, rawBody: '{"items": [' }, envelope(['c'], 2, 2)], { maxRetries: 0 });
    const pages = list(client);
    const { error, seen } = await walkFailure(pages);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ cursor: '1' });
    expect(seen).toEqual(['a', 'b']);
    const rest = await collect(pages.byPage({ cursor: (error as ResponseParseError).cursor }));
    expect(rest.flatMap(({ items }) => ids(items))).toEqual(['c']);
  });

  it('a 429 that outlasts the retries carries the offset of the page it stopped at, and byPage({ cursor }) resumes there', async () => {
    const limited: Step = { status: 429, headers: { 'retry-after': '1' } };
    const { client, hits, queries } = scripted([envelope(['a', 'b'], 1, 3), limited, envelope(['c', 'd'], 2, 3), envelope(['e'], 3, 3)], { maxRetries: 0 });
    const pages = list(client);
    const { error, seen } = await walkFailure(pages);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, cursor: '1' });
    expect(seen).toEqual(['a', 'b']);

    const rest = await collect(pages.byPage({ cursor: (error as RateLimitError).cursor }));
    expect(rest.flatMap(({ items }) => ids(items))).toEqual(['c', 'd', 'e']);
    expect(hits()).toHaveLength(4);
    expect(queries().slice(1).map(({ offset }) => offset)).toEqual(['1', '1', '2']);
  });

  it('the signal aborts the page in flight and the iteration, with the offset to resume from', async () => {
    const { client, hits } = scripted([envelope(['a'], 1, 3), 'stall', envelope(['c'], 3, 3)]);
    const controller = new AbortController();
    const seen: Contact[] = [];
    const error = await failure(
      (async () => {
        for await (const contact of list(client, byPageIndex, { signal: controller.signal })) {
          seen.push(contact);
          setTimeout(() => controller.abort(), 50);
        }
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ cursor: '1' });
    expect(ids(seen)).toEqual(['a']);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it('breaking out of byPage sends no further request', async () => {
    const { client, hits } = scripted([envelope(['a'], 1, 3), envelope(['b'], 2, 3)]);
    for await (const { cursor } of list(client).byPage()) {
      expect(cursor).toBe('1');
      break;
    }
    await settle();
    expect(hits()).toHaveLength(1);
  });
});

describe('what offset paging refuses before sending anything', () => {
  const spec = (changes: Record<string, unknown>) => ({ ...byPageIndex, ...changes }) as PaginateSpec;
  it.each([
    { case: 'an offset in the query: it is paginate\'s to send', run: (client: ScriptedClient) => list(client, byPageIndex, { params: { query: { offset: 2 } } }), message: 'params.query.offset must be left to paginate, which sends each page\'s offset: start from a page with byPage({ cursor }) (got a value).' },
    { case: 'a cursor that is no offset', run: (client: ScriptedClient) => list(client).byPage({ cursor: 'c1' }), message: 'cursor must be an offset of 0 or more as a string, a page\'s or an error\'s `cursor` (got "c1").' },
    { case: 'a negative offset', run: (client: ScriptedClient) => list(client).byPage({ cursor: '-1' }), message: 'cursor must be an offset of 0 or more as a string, a page\'s or an error\'s `cursor` (got "-1").' },
    { case: 'an unknown offsetUnit', run: (client: ScriptedClient) => list(client, spec({ offsetUnit: 'pages' })), message: 'spec.offsetUnit must be "page" (the offset is a 0-based page index) or "item" (it counts items) (got "pages").' },
    { case: 'no hasMore, nor a total to tell by', run: (client: ScriptedClient) => list(client, spec({ hasMore: undefined })), message: 'spec.hasMore (or spec.total) must be a JSON Pointer such as "/data" (got undefined).' },
    { case: 'an empty offsetParam', run: (client: ScriptedClient) => list(client, spec({ offsetParam: '' })), message: 'spec.offsetParam must be the name of the query parameter that sends the offset (got "").' },
    { case: 'a page that is no pointer', run: (client: ScriptedClient) => list(client, spec({ page: 'page' })), message: 'spec.page must be a JSON Pointer such as "/data" (got "page").' },
    { case: 'totals that are no list', run: (client: ScriptedClient) => list(client, spec({ totals: '/totalCount' })), message: 'spec.totals must be a list of JSON Pointers (got "/totalCount").' },
    { case: 'a total that is no pointer', run: (client: ScriptedClient) => list(client, spec({ totals: ['/totalCount', 'totalFiltered'] })), message: 'spec.totals[1] must be a JSON Pointer such as "/data" (got "totalFiltered").' },
    { case: 'both forms at once', run: (client: ScriptedClient) => list(client, spec({ cursorParam: 'scrollId' })), message: 'spec must be the cursor form (cursorParam) or the offset form (offsetParam), not both (got both).' },
  ])('$case', async ({ run, message }) => {
    const { client, hits } = scripted([]);
    expect(() => run(client)).toThrow(ConfigurationError);
    expect(() => run(client)).toThrow(message);
    await settle();
    expect(hits()).toHaveLength(0);
  });
});
