import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT, SECURITY } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /** Sent as `X-Auth-Token: <authToken>`. */
  authToken: string;
  /** Sent as `X-User-Id: <userId>`. */
  userId: string;
  /** The URL of your server: this API has no default. */
  baseUrl: string;
}

/** Creates a typed client of the Rocket.Chat Omnichannel Contacts API. */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>(
    {
      client: CLIENT,
      credentials: [
        { option: 'authToken', ...SECURITY.authToken, value: options.authToken },
        { option: 'userId', ...SECURITY.userId, value: options.userId },
      ],
    },
    options,
  );
}
