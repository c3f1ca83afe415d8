// Generated from specs/rocketchat-omnichannel/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { CallOptions } from '@contactkit/runtime';
import { type PagedInitArgs, type Pages, type PaginateSpec, paginate as paginatePages } from '@contactkit/runtime/paginate';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';

// Each paged operation's x-contactkit-paginate, by `<METHOD> <path>`.
const operations: Readonly<Record<string, PaginateSpec>> = { 'GET /api/v1/omnichannel/contacts.search': { items: '/contacts', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count' }, 'GET /api/v1/omnichannel/contacts.history': { items: '/history', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count' } };

/**
 * Search contacts: every item of `searchContacts`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from an offset (as a string) when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/api/v1/omnichannel/contacts.search', { params: { query: { searchText: 'John', unknown: false, count: 25, sort: '{"value": -1, "_id": 1}' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/api/v1/omnichannel/contacts.search', ...init: PagedInitArgs<paths['/api/v1/omnichannel/contacts.search'], 'get'>): Pages<paths['/api/v1/omnichannel/contacts.search']['get']['responses'][200]['content']['application/json']['contacts'][number]>;

/**
 * List a contact's past conversations: every item of `getContactHistory`, page by page as you iterate.
 * `byPage({ cursor })` gives whole pages, from an offset (as a string) when given.
 *
 * @example
 * for await (const item of paginate(client, 'GET', '/api/v1/omnichannel/contacts.history', { params: { query: { contactId: '673653b997f0fbcd657f0ebf', source: 'widget', count: 25, sort: '{"value": -1, "_id": 1}' } } })) console.log(item);
 */
export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/api/v1/omnichannel/contacts.history', ...init: PagedInitArgs<paths['/api/v1/omnichannel/contacts.history'], 'get'>): Pages<paths['/api/v1/omnichannel/contacts.history']['get']['responses'][200]['content']['application/json']['history'][number]>;
export function paginate(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Pages<unknown> {
  const spec = operations[`${method} ${path}`];
  if (!spec) throw new ConfigurationError('path', `path must be a paged operation of the Rocket.Chat Omnichannel Contacts API: GET /api/v1/omnichannel/contacts.search, GET /api/v1/omnichannel/contacts.history (got "${method} ${path}").`);
  return paginatePages(client, method, path, init, spec);
}
