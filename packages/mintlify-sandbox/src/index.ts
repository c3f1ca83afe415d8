import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the Mintlify Sandbox Contacts API is served. */
export const DEFAULT_BASE_URL = 'http://sandbox.mintlify.com';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
}

/** Creates a typed client of the Mintlify Sandbox Contacts API. */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>(
    {
      client: CLIENT,
      defaultBaseUrl: DEFAULT_BASE_URL,
      credentials: [
        { option: 'token', header: 'Authorization', scheme: 'Bearer', value: options.token },
      ],
    },
    options,
  );
}
