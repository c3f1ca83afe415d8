// Generated from specs/8x8-directory-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { CallOptions } from '@contactkit/runtime';
import { type PagedInitArgs, type Pages, type PaginateSpec, paginate as paginatePages } from '@contactkit/runtime/paginate';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';

// Each paged operation's x-contactkit-paginate, by `<METHOD> <path>`.
const operations: Readonly<Record<string, PaginateSpec>> = { 'GET /contacts': { items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true } } };

/**
 * Search contacts: every item of `searchContacts`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from a cursor when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/contacts', { params: { query: { filter: 'firstName==John', details: ['PHONE', 'ADDRESS'], pictureSize: 'SMALL', filterByDisplayFlag: true, size: 100, sort: 'id,ASC' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/contacts', ...init: PagedInitArgs<paths['/contacts'], 'get'>): Pages<paths['/contacts']['get']['responses'][200]['content']['application/json']['data'][number]>;
export function paginate(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Pages<unknown> {
  const spec = operations[`${method} ${path}`];
  if (!spec) throw new ConfigurationError('path', `path must be a paged operation of the 8x8 Directory Contacts API: GET /contacts (got "${method} ${path}").`);
  return paginatePages(client, method, path, init, spec);
}
