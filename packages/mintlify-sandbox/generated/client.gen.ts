// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, servedAt, HttpError as RuntimeHttpError } from '@contactkit/runtime';
import { GET_contacts_id_0, GET_contact_id_0 } from './failures.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'https://api.callab.ai/v1';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <token>`.
   *
   * Your callab.ai API key or JWT, sent as `Authorization: Bearer <token>`.
   */
  token: string;
  /**
   * Where the API is served.
   * `getContactById` is served at http://sandbox.mintlify.com (plain http: give a `baseUrl` to call it with credentials), unless a `baseUrl` is given.
   * @defaultValue {@link DEFAULT_BASE_URL}
   */
  baseUrl?: string;
}

/** The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body. */
export type FailingOperation = 'get /contacts/{id}' | 'get /contact/{id}';

/** A client of this API; `Throws` is `true` when it was created with `throwOnError: true`. */
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/contact/{id}"]["get"]['responses'][200]['content']['application/json'] | paths["/contacts/{id}"]["get"]['responses'][200]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/contact/{id}"]["get"]['responses'][200]['content']['application/json'] | paths["/contacts/{id}"]["get"]['responses'][200]['content']['application/json']>;

/**
 * Creates a typed client of the callab.ai Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ token: process.env.TOKEN! });
 * const { data, error } = await client.GET('/contacts/{id}', { params: { path: { id: '550e8400-e29b-41d4-a716-446655440000' } } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/mintlify-sandbox', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'token', header: 'Authorization', scheme: 'Bearer', value: options.token }], security: [['token']], operations: { 'GET /contacts/{id}': { json: [200], failures: [{ status: 200, matches: GET_contacts_id_0, error: RuntimeHttpError }] }, 'GET /contact/{id}': { json: [200], failures: [{ status: 200, matches: GET_contact_id_0, error: RuntimeHttpError }], server: servedAt('http://sandbox.mintlify.com') } } }, options);
}
