// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'https://contacts.8x8.com';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <apiKey>`.
   *
   * An 8x8 CPaaS API key, sent as `Authorization: Bearer <key>`. The
   * contacts pages do not describe authentication; this is how every
   * 8x8 CPaaS API takes its key.
   */
  apiKey: string;
  /**
   * Where the API is served.
   * @defaultValue {@link DEFAULT_BASE_URL}
   */
  baseUrl?: string;
}

/**
 * Creates a typed client of the 8x8 CPaaS (Connect) Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ apiKey: process.env.API_KEY! });
 * const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: 41764986 } } });
 */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>({ client: { name: '@contactkit/8x8-connect-contacts', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: options.apiKey }] }, options);
}
