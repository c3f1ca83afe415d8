import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the 8x8 CPaaS Contacts API is served. */
export const DEFAULT_BASE_URL = 'https://contacts.8x8.com';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /** Your 8x8 CPaaS API key, sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
}

/**
 * Creates a typed client of the 8x8 CPaaS (Connect) Contacts API.
 *
 * @example
 * const contacts = createClient({ apiKey: process.env.EIGHT_BY_EIGHT_API_KEY! });
 * const { data, error } = await contacts.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', {
 *   params: { path: { accountId, contactId: 41764986 } },
 * });
 */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>(
    {
      client: CLIENT,
      defaultBaseUrl: DEFAULT_BASE_URL,
      credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: options.apiKey }],
    },
    options,
  );
}
