// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'http://sandbox.mintlify.com';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <token>`.
   *
   * Bearer authentication header of the form Bearer <token>, where <token> is your auth token.
   */
  token: string;
  /**
   * Where the API is served.
   * @defaultValue {@link DEFAULT_BASE_URL}
   */
  baseUrl?: string;
}

/**
 * Creates a typed client of the Mintlify Sandbox Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ token: process.env.TOKEN! });
 * const { data, error } = await client.GET('/contact/{id}', { params: { path: { id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' } } });
 */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>({ client: { name: '@contactkit/mintlify-sandbox', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'token', header: 'Authorization', scheme: 'Bearer', value: options.token }] }, options);
}
