// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, AuthenticationError as RuntimeAuthenticationError, HttpError as RuntimeHttpError } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <token>`.
   *
   * Bearer authentication header of the form `Bearer <token>`, where `<token>` is your auth token.
   */
  token: string;
  /** The API's https URL. Its spec names only `http://sandbox.mintlify.com`, plain http, which would send the credentials in clear text: so there is no default. */
  baseUrl: string;
}

/** The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body. */
export type FailingOperation = never;

/** A client of this API; `Throws` is `true` when it was created with `throwOnError: true`. */
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;

/** The runtime's `AuthenticationError`, its `body` typed as this API documents it. */
export const AuthenticationError = RuntimeAuthenticationError as ErrorClass<RuntimeAuthenticationError<paths["/contact/{id}"]["get"]['responses'][401]['content']['application/json']>>;
export type AuthenticationError = RuntimeAuthenticationError<paths["/contact/{id}"]["get"]['responses'][401]['content']['application/json']>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/contact/{id}"]["get"]['responses'][401]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/contact/{id}"]["get"]['responses'][401]['content']['application/json']>;

/**
 * Creates a typed client of the Mintlify Sandbox Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ baseUrl: process.env.SERVER_URL!, token: process.env.TOKEN! });
 * const { data, error } = await client.GET('/contact/{id}', { params: { path: { id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' } } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/mintlify-sandbox', version: '0.0.0' }, credentials: [{ option: 'token', header: 'Authorization', scheme: 'Bearer', value: options.token }], security: [['token']], operations: { 'GET /contact/{id}': { json: [200] } } }, options);
}
