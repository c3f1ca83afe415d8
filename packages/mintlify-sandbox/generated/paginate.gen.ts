// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { ConfigurationError } from '@contactkit/runtime/public';
import type { Pages } from '@contactkit/runtime/paginate';
import type { Client } from './client.gen.js';

export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';

// `method` and `path` are `never` rather than the export left out: the entry
// and its exports stay those of every client, and a call fails to compile at
// the argument the API does not have, not at the import.
/**
 * The callab.ai Contacts API documents no paged operation (no
 * `x-contactkit-paginate` in its spec), so there is nothing to pass to
 * `paginate`: every call of it is a type error, and throws a
 * `ConfigurationError` if made anyway. The entry is here so that every
 * client package has the same entries.
 */
export function paginate(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Pages<never> {
  throw new ConfigurationError('path', `path must be a paged operation of the callab.ai Contacts API, which documents none (got "${String(method)} ${String(path)}").`);
}
