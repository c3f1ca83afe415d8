// Paging 8x8 Connect's lists (contacts, groups, batch jobs) by offset,
// through the paginate entry. Prism answers every call with the documented
// example, a first and last page (`page: 1`, `hasNextPage: false`), so only
// a one-page walk is honest here; the runtime's tests page across a real
// server. The types are checked by `tsc` (the package's typecheck).
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type Contact, createClient, type Group } from '../generated/client.gen.js';
import { type Page, paginate } from '../generated/paginate.gen.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('paginate against the mock', () => {
  it('walks the one documented page of a contact search in one request, asking for page 0', async () => {
    const sent: Request[] = [];
    const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl'), fetch: (request) => (sent.push(request), fetch(request)) });
    const pages: Page<Contact>[] = [];
    for await (const page of paginate(client, 'GET', '/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId }, query: { groupId: 8199, limit: 50 } } }).byPage()) {
      pages.push(page);
    }

    expect(pages).toHaveLength(1);
    expect(violationsOf(pages[0]!.response)).toEqual([]);
    expect(pages[0]).toMatchObject({ hasMore: false, cursor: undefined });
    expect(pages[0]!.items.map(({ id }) => id)).toEqual([41764539]);
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(new URL(sent[0]!.url).searchParams)).toEqual({ groupId: '8199', limit: '50', offset: '0' });
  });

  it('gives every group of a group search', async () => {
    const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
    const ids: unknown[] = [];
    for await (const group of paginate(client, 'GET', '/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } })) ids.push(group.id);
    expect(ids).toEqual([8039, 8199]);
  });

  it('gives every batch job of the list, imports with their counts', async () => {
    const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
    const jobs: unknown[] = [];
    for await (const job of paginate(client, 'GET', '/api/v1/accounts/{accountId}/batches', { params: { path: { accountId } } })) jobs.push([job.type, job.status]);
    expect(jobs).toEqual([
      ['createContacts', 'completed'],
      ['deleteContacts', 'completed'],
      ['copyContacts', 'inProgress'],
    ]);
  });

  it('refuses an offset in the init: a resume goes through byPage({ cursor })', () => {
    const client = createClient({ apiKey: 'k' });
    expect(() => paginate(client, 'GET', '/api/v1/accounts/{accountId}/groups', { params: { path: { accountId }, query: { offset: 2 } } })).toThrow(/offset/);
  });
});

describe('types', () => {
  const client = createClient({ apiKey: 'k' });

  it('types the items of each list as the schema at its items pointer', () => {
    expectTypeOf(paginate(client, 'GET', '/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } } })).toExtend<AsyncIterable<Contact>>();
    expectTypeOf(paginate(client, 'GET', '/api/v1/accounts/{accountId}/groups', { params: { path: { accountId } } })).toExtend<AsyncIterable<Group>>();
  });
});
