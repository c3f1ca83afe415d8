import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT, DEFAULT_BASE_URL, SECURITY } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';
export { DEFAULT_BASE_URL } from './client.gen.js';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /** Sent as `x-api-key: <apiKey>`. */
  apiKey: string;
  /** Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
}

/** Creates a typed client of the 8x8 Directory Contacts API. */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>(
    {
      client: CLIENT,
      defaultBaseUrl: DEFAULT_BASE_URL,
      credentials: [{ option: 'apiKey', ...SECURITY.apiKey, value: options.apiKey }],
    },
    options,
  );
}
