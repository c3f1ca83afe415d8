// Offset/count paging against a server on a real socket, as Rocket.Chat's
// omnichannel contact search and history page: `offset` counts the items to
// skip, `count` is the caller's page size (the server's default when left
// out, and every record in one answer when 0), and each answer is
// `{ contacts, count, offset, total, success }`, with no "more pages follow":
// `total`, the number of matches, tells when the last page is reached. Each
// test counts the requests the server got.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { type OffsetPaginateSpec, type PaginateSpec, PaginationError, paginate } from '../src/paginate.js';
import { collect, failedWalk, failure, type ScriptedClient, scriptedClient, settle } from './support/paging.js';
import { type Step, startScriptedServer } from './support/server.js';

type Contact = { _id: string; name: string };

/** The extension as the Rocket.Chat contact search declares it. */
const search: OffsetPaginateSpec = { items: '/contacts', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count' };

/**
 * An answer holding contacts with these ids, at `offset` of `total`. Its
 * `count` echoes the page size asked for, not the items sent, as the search
 * does: paging must not read it.
 */
function answer(ids: string[], offset: number, total: unknown, fields: Record<string, unknown> = {}): Step {
  // Each contact holds a name: messages must never show it.
  return { status: 200, body: { contacts: ids.map((_id) => ({ _id, name: `Jane ${_id}` })), count: 50, offset, total, success: true, ...fields } };
}

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const scripted = (steps: Step[]) => scriptedClient(server, steps);

const list = (client: ScriptedClient, init: Record<string, unknown> = {}, spec: PaginateSpec = search) =>
  paginate<Contact>(client, 'GET', '/api/v1/omnichannel/contacts.search', init, spec);

const ids = (contacts: Contact[]) => contacts.map(({ _id }) => _id);

const walkFailure = (pages: AsyncIterable<Contact>) => failedWalk(pages, ({ _id }) => _id);

describe('paging to the end by total', () => {
  it('asks from offset 0, moves it on by the items of each page, and stops when offset + items reaches total', async () => {
    const { client, hits, queries } = scripted([answer(['a', 'b'], 0, 5), answer(['c', 'd'], 2, 5), answer(['e'], 4, 5)]);
    const pages = await collect(list(client).byPage());
    expect(pages.map(({ items, cursor, hasMore }) => [ids(items), cursor, hasMore])).toEqual([
      [['a', 'b'], '2', true],
      [['c', 'd'], '4', true],
      [['e'], undefined, false],
    ]);
    expect(hits()).toHaveLength(3);
    expect(queries()).toEqual([{ offset: '0' }, { offset: '2' }, { offset: '4' }]);
  });

  it('stops after one request when total is 0', async () => {
    const { client, hits } = scripted([answer([], 0, 0)]);
    expect(await collect(list(client))).toEqual([]);
    expect(hits()).toHaveLength(1);
  });

  it('stops at a full last page without asking for an empty one after it', async () => {
    const { client, hits } = scripted([answer(['a', 'b'], 0, 4), answer(['c', 'd'], 2, 4)]);
    expect(ids(await collect(list(client)))).toEqual(['a', 'b', 'c', 'd']);
    expect(hits()).toHaveLength(2);
  });

  it('moves on by the items that came when the server sends fewer than asked for (its cap on count)', async () => {
    const { client, queries } = scripted([answer(['a', 'b'], 0, 3), answer(['c'], 2, 3)]);
    expect(ids(await collect(list(client, { params: { query: { count: 500 } } })))).toEqual(['a', 'b', 'c']);
    expect(queries()).toEqual([{ count: '500', offset: '0' }, { count: '500', offset: '2' }]);
  });

  it('keeps the count given on every page, beside the caller\'s other query values', async () => {
    const { client, queries } = scripted([answer(['a', 'b'], 0, 5), answer(['c', 'd'], 2, 5), answer(['e'], 4, 5)]);
    await collect(list(client, { params: { query: { count: 2, searchText: 'jane' } } }));
    expect(queries()).toEqual([
      { count: '2', searchText: 'jane', offset: '0' },
      { count: '2', searchText: 'jane', offset: '2' },
      { count: '2', searchText: 'jane', offset: '4' },
    ]);
  });

  it('resumes from an offset given to byPage, still stopping by total', async () => {
    const { client, queries } = scripted([answer(['e', 'f'], 4, 7), answer(['g'], 6, 7)]);
    expect(ids((await collect(list(client).byPage({ cursor: '4' }))).flatMap(({ items }) => items))).toEqual(['e', 'f', 'g']);
    expect(queries().map(({ offset }) => offset)).toEqual(['4', '6']);
  });

  it('lets hasMore decide when the spec has both and the answer gives it', async () => {
    const { client, hits } = scripted([answer(['a'], 0, 9, { more: false })]);
    expect(ids(await collect(list(client, {}, { ...search, hasMore: '/more' })))).toEqual(['a']);
    expect(hits()).toHaveLength(1);
  });
});

describe('a page that breaks the total\'s contract stops paging with a PaginationError', () => {
  const path = 'GET /api/v1/omnichannel/contacts.search';
  const report = "the API broke its spec's paging contract: report it (the error's `cursor` asks for this page again).";

  it('an empty page while offset + items is still below total: paging would make no progress', async () => {
    const { client, hits } = scripted([answer(['a', 'b'], 0, 5), answer([], 2, 5), answer(['c'], 2, 5)]);
    const { error, seen } = await walkFailure(list(client));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ cursor: '2' });
    expect((error as Error).message).toBe(`${path} answered page 2 (offset 2) with no items yet more pages to follow (/total 5), so paging would make no progress; ${report}`);
    expect(seen).toEqual(['a', 'b']);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it.each([
    { case: 'a negative number', total: -1, got: '-1' },
    { case: 'a fraction', total: 2.5, got: '2.5' },
    { case: 'a string', total: '5', got: 'string' },
    { case: 'null', total: null, got: 'null' },
    { case: 'nothing', total: undefined, got: 'nothing' },
  ])('a total that is $case, naming the pointer and what it got', async ({ total, got }) => {
    const { client, hits } = scripted([answer(['a', 'b'], 0, 5), answer(['c', 'd'], 2, total), answer(['e'], 4, 5)]);
    const { error, seen } = await walkFailure(list(client));
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '2' });
    expect((error as Error).message).toBe(`${path} answered page 2 (offset 2) with /total not a whole number of 0 or more (got ${got}); ${report}`);
    expect(seen).toEqual(['a', 'b']);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it('a bad total on the first page, before any item is yielded', async () => {
    const { client, hits } = scripted([answer(['a'], 0, 'many')]);
    const { error, seen } = await walkFailure(list(client));
    expect((error as Error).message).toContain('answered page 1 (offset 0) with /total not a whole number of 0 or more (got string);');
    expect(seen).toEqual([]);
    expect(hits()).toHaveLength(1);
  });

  it('a total that changes between pages: the list changed under the paging, so start over', async () => {
    const { client, hits } = scripted([answer(['a', 'b'], 0, 5), answer(['c', 'd'], 2, 6), answer(['e', 'f'], 4, 6)]);
    const { error, seen } = await walkFailure(list(client));
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '2' });
    expect((error as Error).message).toBe(
      `${path} answered page 2 (offset 2) with /total 6 where this iteration's first page had 5; the list changed while paging, so pages may have skipped or repeated items: start over.`,
    );
    expect(seen).toEqual(['a', 'b']);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it('shows no item data in its message', async () => {
    const { client } = scripted([answer(['a'], 0, 3), answer([], 1, 3)]);
    const { error } = await walkFailure(list(client));
    expect((error as Error).message).toContain('no items yet more pages to follow (/total 3)');
    expect((error as Error).message).not.toMatch(/Jane/);
  });
});

describe('what offset/count paging refuses before sending anything', () => {
  const spec = (changes: Record<string, unknown>) => ({ ...search, ...changes }) as PaginateSpec;
  const refused = (name: string, got: string) =>
    `params.query.${name} must be a page size of 1 or more (0 asks for every record in one answer), or left out for the server's default (got ${got}).`;
  it.each([
    { case: 'count 0, which asks for every record in one answer', run: (client: ScriptedClient) => list(client, { params: { query: { count: 0 } } }), message: refused('count', '0') },
    { case: 'a negative count', run: (client: ScriptedClient) => list(client, { params: { query: { count: -5 } } }), message: refused('count', '-5') },
    { case: 'a fractional count', run: (client: ScriptedClient) => list(client, { params: { query: { count: 2.5 } } }), message: refused('count', '2.5') },
    { case: 'a count that is a string', run: (client: ScriptedClient) => list(client, { params: { query: { count: '10' } } }), message: refused('count', '"10"') },
    { case: 'a null count', run: (client: ScriptedClient) => list(client, { params: { query: { count: null } } }), message: refused('count', 'null') },
    { case: 'a page size of 0 in another limitParam', run: (client: ScriptedClient) => list(client, { params: { query: { size: 0 } } }, spec({ limitParam: 'size' })), message: refused('size', '0') },
    { case: 'neither hasMore nor total', run: (client: ScriptedClient) => list(client, {}, spec({ total: undefined })), message: 'spec.hasMore (or spec.total) must be a JSON Pointer such as "/data" (got undefined).' },
    { case: 'a total that is no pointer', run: (client: ScriptedClient) => list(client, {}, spec({ total: 'total' })), message: 'spec.total must be a JSON Pointer such as "/data" (got "total").' },
    { case: 'a hasMore that is no pointer beside a total', run: (client: ScriptedClient) => list(client, {}, spec({ hasMore: 'more' })), message: 'spec.hasMore must be a JSON Pointer such as "/data" (got "more").' },
    { case: 'a total with page offsets', run: (client: ScriptedClient) => list(client, {}, spec({ offsetUnit: 'page' })), message: 'spec.offsetUnit must be "item" with spec.total, which counts items (got "page").' },
  ])('$case', async ({ run, message }) => {
    const { client, hits } = scripted([]);
    expect(() => run(client)).toThrow(ConfigurationError);
    expect(() => run(client)).toThrow(message);
    await settle();
    expect(hits()).toHaveLength(0);
  });

  it('takes a count of 1 or more, or none, and leaves the page size alone', async () => {
    const { client, queries } = scripted([answer(['a'], 0, 1), answer(['a'], 0, 1)]);
    await collect(list(client, { params: { query: { count: 1 } } }));
    await collect(list(client));
    expect(queries()).toEqual([{ count: '1', offset: '0' }, { offset: '0' }]);
  });
});
