// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { CallOptions } from '@contactkit/runtime';
import { type PagedInitArgs, type Pages, type PaginateSpec, paginate as paginatePages } from '@contactkit/runtime/paginate';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';

// Each paged operation's x-contactkit-paginate, by `<METHOD> <path>`.
const operations: Readonly<Record<string, PaginateSpec>> = { 'GET /api/v1/accounts/{accountId}/contacts': { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page', page: '/page', totalPages: '/totalPages', totals: ['/totalPages', '/totalCount', '/totalFiltered'] }, 'GET /api/v1/accounts/{accountId}/groups': { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page', page: '/page', totalPages: '/totalPages', totals: ['/totalPages', '/totalCount', '/totalFiltered'] }, 'GET /api/v1/accounts/{accountId}/batches': { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page', page: '/page', totalPages: '/totalPages', totals: ['/totalPages', '/totalCount', '/totalFiltered'] } };

/**
 * Search contacts: every item of `searchContacts`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from an offset (as a string) when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' }, query: { limit: 20, query: 'John', groupId: 8199, country: 'US' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/api/v1/accounts/{accountId}/contacts', ...init: PagedInitArgs<paths['/api/v1/accounts/{accountId}/contacts'], 'get'>): Pages<paths['/api/v1/accounts/{accountId}/contacts']['get']['responses'][200]['content']['application/json']['items'][number]>;

/**
 * Search groups: every item of `searchGroups`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from an offset (as a string) when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/api/v1/accounts/{accountId}/groups', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' }, query: { limit: 20, name: 'customers' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/api/v1/accounts/{accountId}/groups', ...init: PagedInitArgs<paths['/api/v1/accounts/{accountId}/groups'], 'get'>): Pages<paths['/api/v1/accounts/{accountId}/groups']['get']['responses'][200]['content']['application/json']['items'][number]>;

/**
 * List batch jobs: every item of `listBatches`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from an offset (as a string) when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/api/v1/accounts/{accountId}/batches', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' }, query: { limit: 20, type: 'createContacts' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/api/v1/accounts/{accountId}/batches', ...init: PagedInitArgs<paths['/api/v1/accounts/{accountId}/batches'], 'get'>): Pages<NonNullable<paths['/api/v1/accounts/{accountId}/batches']['get']['responses'][200]['content']['application/json']['items']>[number]>;
export function paginate(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Pages<unknown> {
  const spec = operations[`${method} ${path}`];
  if (!spec) throw new ConfigurationError('path', `path must be a paged operation of the 8x8 CPaaS (Connect) Contacts API: GET /api/v1/accounts/{accountId}/contacts, GET /api/v1/accounts/{accountId}/groups, GET /api/v1/accounts/{accountId}/batches (got "${method} ${path}").`);
  return paginatePages(client, method, path, init, spec);
}
