// Paging the contact search through the paginate entry. Prism answers every
// call with the same documented example, the last page (`hasMore: false`),
// so only a one-page walk is honest here; the runtime's tests page across a
// real server. The types are checked by `tsc` (the package's typecheck).
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type Contact, createClient } from '../generated/client.gen.js';
import { type Page, paginate, PaginationError } from '../generated/paginate.gen.js';

describe('paginate against the mock', () => {
  it('walks the one documented page in one request, sending useScrollId and no cursor', async () => {
    const sent: Request[] = [];
    const client = createClient({ searchApiKey: 'test-search-key', baseUrl: inject('mockUrl'), fetch: (request) => (sent.push(request), fetch(request)) });
    const pages: Page<Contact>[] = [];
    for await (const page of paginate(client, 'GET', '/contacts', { params: { query: { filter: 'firstName==John', size: 100, sort: 'id,ASC' } } }).byPage()) pages.push(page);

    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(violationsOf(page!.response)).toEqual([]);
    expect(page).toMatchObject({ hasMore: false, cursor: undefined });
    expect(page!.items.map(({ id }) => id)).toEqual(['2h_JNsaISleZWA36GRh3YQ']);
    expect(sent).toHaveLength(1);
    const query = new URL(sent[0]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ filter: 'firstName==John', size: '100', sort: 'id,ASC', useScrollId: 'true' });
  });

  it('refuses at once a path that is not a paged operation', () => {
    const client = createClient({ searchApiKey: 'k' });
    expect(() => (paginate as (...args: unknown[]) => unknown)(client, 'GET', '/contacts/{contactId}')).toThrow(/^path must be a paged operation of the 8x8 Directory Contacts API: GET \/contacts \(got "GET \/contacts\/\{contactId\}"\)\.$/);
  });
});

describe('types', () => {
  const client = createClient({ searchApiKey: 'k' });

  it('types each item as the schema at the items pointer: a Contact', () => {
    const pages = paginate(client, 'GET', '/contacts');
    expectTypeOf(pages).toExtend<AsyncIterable<Contact>>();
    expectTypeOf(pages.byPage).returns.toExtend<AsyncIterable<Page<Contact>>>();
    expectTypeOf<Page<Contact>['cursor']>().toEqualTypeOf<string | undefined>();
  });

  it('takes the operation\'s query and per-call options, but not throwOnError or another path', () => {
    expectTypeOf(paginate).toBeCallableWith(client, 'GET', '/contacts', { params: { query: { filter: 'firstName==John', size: 100 } }, timeoutMs: 5000, signal: AbortSignal.timeout(1000) });
    // Never called: the checks are the compiler's.
    const wrong = () => [
      // @ts-expect-error: size is an integer
      paginate(client, 'GET', '/contacts', { params: { query: { size: '100' } } }),
      // @ts-expect-error: a paged call always throws its failures
      paginate(client, 'GET', '/contacts', { throwOnError: false }),
      // @ts-expect-error: creating a contact is not paged
      paginate(client, 'POST', '/contacts'),
      // @ts-expect-error: neither is replacing one
      paginate(client, 'GET', '/contacts/{contactId}'),
    ];
    expectTypeOf(wrong).toBeFunction();
  });

  it('exports the error a broken page throws', () => {
    expectTypeOf<PaginationError['cursor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PaginationError['pathTemplate']>().toEqualTypeOf<string>();
  });
});
