// Paging against a server on a real socket, as 8x8 Directory's contact search
// pages: `{ data, meta: { hasMore, scrollId } }`, the cursor sent back as
// `scrollId`, with `useScrollId=true` on every request. Each test counts the
// requests the server got: paging must send exactly the ones it needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, RateLimitError, ServerError } from '../src/errors.js';
import { type PaginateSpec, PaginationError, paginate } from '../src/paginate.js';
import { collect, failure, type ScriptedClient, scriptedClient, settle } from './support/paging.js';
import { type Step, startScriptedServer } from './support/server.js';

type Contact = { id: string };

const spec: PaginateSpec = { items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true } };

/** A 200 page of contacts with these ids. */
const page = (ids: string[], hasMore: boolean, scrollId: string | null = null): Step => ({ status: 200, body: { data: ids.map((id) => ({ id })), meta: { hasMore, scrollId } } });

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const scripted = (steps: Step[], options: { maxRetries?: number } = {}) => scriptedClient(server, steps, options);

const search = (client: ScriptedClient, init: Record<string, unknown> = { params: { query: { size: 2 } } }) =>
  paginate<Contact>(client, 'GET', '/contacts', init, spec);

describe('paginate', () => {
  it('sends nothing until iteration starts', async () => {
    const { client, hits } = scripted([page(['a'], false)]);
    const pages = search(client);
    pages.byPage();
    await settle();
    expect(hits()).toHaveLength(0);
    expect(await collect(pages)).toEqual([{ id: 'a' }]);
    expect(hits()).toHaveLength(1);
  });

  it('ends with zero items after one empty page, asked with the extension query and no cursor', async () => {
    const { client, hits, queries } = scripted([page([], false)]);
    expect(await collect(search(client))).toEqual([]);
    expect(hits()).toHaveLength(1);
    expect(queries()).toEqual([{ size: '2', useScrollId: 'true' }]);
  });

  it('yields the items of a single page whose hasMore is false', async () => {
    const { client, hits } = scripted([page(['a', 'b'], false, 'ignored-on-the-last-page')]);
    expect(await collect(search(client))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(hits()).toHaveLength(1);
  });

  it('follows three pages, sending each cursor back as scrollId beside the caller\'s query and useScrollId=true', async () => {
    const { client, hits, queries } = scripted([page(['a', 'b'], true, 'c1'), page(['c', 'd'], true, 'c2'), page(['e'], false)]);
    expect((await collect(search(client))).map(({ id }) => id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(hits()).toHaveLength(3);
    expect(queries()).toEqual([
      { size: '2', useScrollId: 'true' },
      { size: '2', useScrollId: 'true', scrollId: 'c1' },
      { size: '2', useScrollId: 'true', scrollId: 'c2' },
    ]);
  });

  it('gives whole pages with byPage: items, the next cursor, hasMore and the response', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), page(['b'], false)]);
    const pages = await collect(search(client).byPage());
    expect(pages.map(({ items, cursor, hasMore, response }) => ({ items, cursor, hasMore, status: response.status }))).toEqual([
      { items: [{ id: 'a' }], cursor: 'c1', hasMore: true, status: 200 },
      { items: [{ id: 'b' }], cursor: undefined, hasMore: false, status: 200 },
    ]);
    expect(hits()).toHaveLength(2);
  });

  it('starts at the page of the cursor given to byPage', async () => {
    const { client, queries } = scripted([page(['c'], false)]);
    expect((await collect(search(client).byPage({ cursor: 'c1' }))).flatMap(({ items }) => items)).toEqual([{ id: 'c' }]);
    expect(queries()).toEqual([{ size: '2', useScrollId: 'true', scrollId: 'c1' }]);
  });

  it('sends a numeric cursor back as its digits', async () => {
    const { client, queries } = scripted([{ status: 200, body: { data: [{ id: 'a' }], meta: { hasMore: true, scrollId: 42 } } }, page(['b'], false)]);
    expect(await collect(search(client))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(queries()[1]).toMatchObject({ scrollId: '42' });
  });

  it('ends after an empty page even when it says more follow: it moves nothing forward', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), page([], true, 'c2')]);
    expect(await collect(search(client))).toEqual([{ id: 'a' }]);
    expect(hits()).toHaveLength(2);
  });

  it('without a hasMore pointer, ends at the first page with no cursor', async () => {
    const { client, hits } = scripted([page(['a'], false, 'c1'), page(['b'], false, '')]);
    const { hasMore: _, ...noHasMore } = spec;
    expect(await collect(paginate(client, 'GET', '/contacts', {}, noHasMore))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(hits()).toHaveLength(2);
  });
});

describe('a page that breaks the contract throws a PaginationError', () => {
  it.each([
    { case: 'hasMore true with no cursor', body: { data: [{ id: 'c' }], meta: { hasMore: true, scrollId: null } }, message: /page 2 with \/meta\/hasMore true but no cursor at \/meta\/scrollId \(got null\)/ },
    { case: 'hasMore true with an empty cursor', body: { data: [{ id: 'c' }], meta: { hasMore: true, scrollId: '' } }, message: /\/meta\/hasMore true but no cursor at \/meta\/scrollId \(got string\)/ },
    { case: 'hasMore true with the cursor missing', body: { data: [{ id: 'c' }], meta: { hasMore: true } }, message: /no cursor at \/meta\/scrollId \(got nothing\)/ },
    { case: 'items not an array', body: { data: { id: 'c' }, meta: { hasMore: false, scrollId: null } }, message: /page 2 with \/data not an array \(got object\)/ },
    { case: 'no items at all', body: { meta: { hasMore: false } }, message: /\/data not an array \(got nothing\)/ },
    { case: 'hasMore not a boolean', body: { data: [{ id: 'c' }], meta: { hasMore: 'true', scrollId: 'c2' } }, message: /\/meta\/hasMore not true or false \(got string\)/ },
    { case: 'a cursor that is no string', body: { data: [{ id: 'c' }], meta: { hasMore: true, scrollId: { id: 1 } } }, message: /a cursor at \/meta\/scrollId that is no string or number \(got object\)/ },
    { case: 'a cursor that is true', body: { data: [{ id: 'c' }], meta: { hasMore: true, scrollId: true } }, message: /a cursor at \/meta\/scrollId that is no string or number \(got boolean\)/ },
    { case: 'the cursor it was asked with, again', body: { data: [{ id: 'c' }], meta: { hasMore: true, scrollId: 'c1' } }, message: /page 2 with a next cursor at \/meta\/scrollId that page 2 was asked for with, which would loop/ },
  ])('$case, after yielding the good pages, with the cursor to ask for the broken one again', async ({ body, message }) => {
    const { client, hits } = scripted([page(['a', 'b'], true, 'c1'), { status: 200, body }]);
    const seen: Contact[] = [];
    const error = await failure(
      (async () => {
        for await (const contact of search(client)) seen.push(contact);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: 'PaginationError', method: 'GET', pathTemplate: '/contacts', cursor: 'c1', message });
    expect((error as Error).message).toMatch(/^GET \/contacts answered page 2 with .*; the API broke its spec's paging contract: report it \(the error's `cursor` asks for this page again\)\.$/);
    expect(seen).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(hits()).toHaveLength(2);
  });

  it('names a loop back to an earlier cursor, and sends nothing more', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), page(['b'], true, 'c2'), page(['c'], true, 'c1'), page(['d'], false)]);
    const error = await failure(collect(search(client)));
    expect(error).toMatchObject({ cursor: 'c2', message: expect.stringMatching(/page 3 with a next cursor at \/meta\/scrollId that page 2 was asked for with, which would loop/) });
    await settle();
    expect(hits()).toHaveLength(3);
  });

  it('with cursorMayRepeat, follows a scroll whose cursor comes back unchanged until hasMore is false', async () => {
    const { client, hits, queries } = scripted([page(['a'], true, 'scroll'), page(['b'], true, 'scroll'), page(['c'], false, 'scroll')]);
    const pages = paginate<Contact>(client, 'GET', '/contacts', {}, { ...spec, cursorMayRepeat: true });
    expect((await collect(pages)).map(({ id }) => id)).toEqual(['a', 'b', 'c']);
    expect(hits()).toHaveLength(3);
    expect(queries().map(({ scrollId }) => scrollId)).toEqual([undefined, 'scroll', 'scroll']);
  });

  it('refuses a first page that loops back to the cursor byPage started from', async () => {
    const { client, hits } = scripted([page(['a'], true, 'start')]);
    expect(await failure(collect(search(client).byPage({ cursor: 'start' })))).toMatchObject({ cursor: 'start', message: expect.stringMatching(/page 1 was asked for with/) });
    expect(hits()).toHaveLength(1);
  });
});

describe('errors of the client', () => {
  it('a 429 mid-way is retried by the client after its Retry-After, and paging goes on', async () => {
    const { client, hits, queries, delays } = scripted([page(['a'], true, 'c1'), { status: 429, headers: { 'retry-after': '7' } }, page(['b'], false)]);
    expect(await collect(search(client))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(delays).toEqual([7000]);
    expect(hits()).toHaveLength(3);
    expect(queries()[2]).toEqual({ size: '2', useScrollId: 'true', scrollId: 'c1' });
  });

  it('a 429 that outlasts the retries is the client\'s RateLimitError with the cursor to resume from, and byPage({ cursor }) resumes there', async () => {
    const limited: Step = { status: 429, headers: { 'retry-after': '1' } };
    const { client, hits, queries, delays } = scripted([page(['a'], true, 'c1'), page(['b'], true, 'c2'), limited, limited, page(['c'], true, 'c3'), page(['d'], false)], { maxRetries: 1 });
    const pages = search(client);
    const seen: Contact[] = [];
    const error = await failure(
      (async () => {
        for await (const contact of pages) seen.push(contact);
      })(),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, attempts: 2, retryAfterMs: 1000, cursor: 'c2' });
    expect(seen.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(delays).toEqual([1000]);
    expect(hits()).toHaveLength(4);

    const rest = await collect(pages.byPage({ cursor: (error as RateLimitError).cursor }));
    expect(rest.flatMap(({ items }) => items).map(({ id }) => id)).toEqual(['c', 'd']);
    expect(hits()).toHaveLength(6);
    expect(queries().slice(4)).toEqual([
      { size: '2', useScrollId: 'true', scrollId: 'c2' },
      { size: '2', useScrollId: 'true', scrollId: 'c3' },
    ]);
  });

  it('a failure of the first page carries no cursor: resuming starts over', async () => {
    const { client, hits } = scripted([{ status: 503 }], { maxRetries: 0 });
    const error = await failure(collect(search(client)));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).cursor).toBeUndefined();
    expect(hits()).toHaveLength(1);
  });

  it('the signal aborts the request in flight and the iteration, with no request after', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), 'stall', page(['c'], false)]);
    const controller = new AbortController();
    const seen: Contact[] = [];
    const error = await failure(
      (async () => {
        for await (const contact of search(client, { signal: controller.signal })) {
          seen.push(contact);
          setTimeout(() => controller.abort(), 50);
        }
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ cursor: 'c1' });
    expect(seen).toEqual([{ id: 'a' }]);
    await settle();
    expect(hits()).toHaveLength(2);
  });

  it('an aborted signal between pages stops before the next request is sent', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), page(['b'], false)]);
    const controller = new AbortController();
    const error = await failure(
      (async () => {
        for await (const _ of search(client, { signal: controller.signal })) controller.abort();
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    await settle();
    expect(hits()).toHaveLength(1);
  });
});

describe('stopping early', () => {
  it('breaking out of for await sends no further request', async () => {
    const { client, hits } = scripted([page(['a', 'b'], true, 'c1'), page(['c'], false)]);
    for await (const contact of search(client)) {
      expect(contact).toEqual({ id: 'a' });
      break;
    }
    await settle();
    expect(hits()).toHaveLength(1);
  });

  it('breaking out of byPage sends no further request', async () => {
    const { client, hits } = scripted([page(['a'], true, 'c1'), page(['b'], true, 'c2'), page(['c'], false)]);
    for await (const { cursor } of search(client).byPage()) {
      expect(cursor).toBe('c1');
      break;
    }
    await settle();
    expect(hits()).toHaveLength(1);
  });
});

describe('what paginate refuses before sending anything', () => {
  it.each([
    { case: 'a cursor in the query: it is paginate\'s to send', run: (client: ScriptedClient) => search(client, { params: { query: { scrollId: 'x' } } }), message: /^params\.query\.scrollId must be left to paginate/ },
    { case: 'an empty cursor to start from', run: (client: ScriptedClient) => search(client).byPage({ cursor: '' }), message: /^cursor must be a non-empty string/ },
    { case: 'a spec whose items is no JSON Pointer', run: (client: ScriptedClient) => paginate(client, 'GET', '/contacts', {}, { ...spec, items: 'data' }), message: /^spec\.items must be a JSON Pointer such as "\/data" \(got "data"\)\.$/ },
    { case: 'a spec with no cursorParam', run: (client: ScriptedClient) => paginate(client, 'GET', '/contacts', {}, { ...spec, cursorParam: '' }), message: /^spec\.cursorParam must be the name of the query parameter/ },
  ])('$case', async ({ run, message }) => {
    const { client, hits } = scripted([]);
    expect(() => run(client)).toThrow(ConfigurationError);
    expect(() => run(client)).toThrow(message);
    await settle();
    expect(hits()).toHaveLength(0);
  });
});
