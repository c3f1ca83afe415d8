// Generated from specs/rocketchat-omnichannel/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `X-Auth-Token: <authToken>`.
   *
   * The authToken of the authenticated user, for example
   * `RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f`. Required together with
   * `X-User-Id`: a request must send both headers.
   */
  authToken: string;
  /**
   * Sent as `X-User-Id: <userId>`.
   *
   * The userId of the authenticated user, for example
   * `rbAXPnMktTFbNpwtJ`. Required together with `X-Auth-Token`: a request
   * must send both headers.
   */
  userId: string;
  /** The URL of your server, e.g. `https://chat.example.com`: this API is self-hosted, so it has no default. */
  baseUrl: string;
}

/**
 * Creates a typed client of the Rocket.Chat Omnichannel Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ baseUrl: process.env.SERVER_URL!, authToken: process.env.AUTH_TOKEN!, userId: process.env.USER_ID! });
 * const { data, error } = await client.GET('/api/v1/omnichannel/contact', { params: { query: { contactId: '653f9ce1a2f73c7460e18e82' } } });
 */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>({ client: { name: '@contactkit/rocketchat-omnichannel', version: '0.0.0' }, credentials: [{ option: 'authToken', header: 'X-Auth-Token', value: options.authToken }, { option: 'userId', header: 'X-User-Id', value: options.userId }] }, options);
}
