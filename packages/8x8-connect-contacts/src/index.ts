import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT, DEFAULT_BASE_URL, SECURITY } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';
export { DEFAULT_BASE_URL } from './client.gen.js';

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
      credentials: [{ option: 'apiKey', ...SECURITY.bearerAuth, value: options.apiKey }],
    },
    options,
  );
}
