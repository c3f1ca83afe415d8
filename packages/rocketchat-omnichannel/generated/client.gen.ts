// Generated from specs/rocketchat-omnichannel/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, AuthenticationError as RuntimeAuthenticationError, BadRequestError as RuntimeBadRequestError, HttpError as RuntimeHttpError, NotFoundError as RuntimeNotFoundError, PermissionDeniedError as RuntimePermissionDeniedError } from '@contactkit/runtime';
import { GET_api_v1_omnichannel_contact_0 } from './failures.gen.js';
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

/** The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body. */
export type FailingOperation = 'get /api/v1/omnichannel/contact';

/** A client of this API; `Throws` is `true` when it was created with `throwOnError: true`. */
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;

/** The runtime's `AuthenticationError`, its `body` typed as this API documents it. */
export const AuthenticationError = RuntimeAuthenticationError as ErrorClass<RuntimeAuthenticationError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][401]['content']['application/json']>>;
export type AuthenticationError = RuntimeAuthenticationError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][401]['content']['application/json']>;

/** The runtime's `BadRequestError`, its `body` typed as this API documents it. */
export const BadRequestError = RuntimeBadRequestError as ErrorClass<RuntimeBadRequestError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][400]['content']['application/json']>>;
export type BadRequestError = RuntimeBadRequestError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][400]['content']['application/json']>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][200]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][401]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][403]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][200]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][401]['content']['application/json'] | paths["/api/v1/omnichannel/contact"]["get"]['responses'][403]['content']['application/json']>;

/** The runtime's `NotFoundError`, its `body` typed as this API documents it. */
export const NotFoundError = RuntimeNotFoundError as ErrorClass<RuntimeNotFoundError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][200]['content']['application/json']>>;
export type NotFoundError = RuntimeNotFoundError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][200]['content']['application/json']>;

/** The runtime's `PermissionDeniedError`, its `body` typed as this API documents it. */
export const PermissionDeniedError = RuntimePermissionDeniedError as ErrorClass<RuntimePermissionDeniedError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][403]['content']['application/json']>>;
export type PermissionDeniedError = RuntimePermissionDeniedError<paths["/api/v1/omnichannel/contact"]["get"]['responses'][403]['content']['application/json']>;

/**
 * Creates a typed client of the Rocket.Chat Omnichannel Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ baseUrl: process.env.SERVER_URL!, authToken: process.env.AUTH_TOKEN!, userId: process.env.USER_ID! });
 * const { data, error } = await client.GET('/api/v1/omnichannel/contact', { params: { query: { contactId: '653f9ce1a2f73c7460e18e82' } } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/rocketchat-omnichannel', version: '0.0.0' }, credentials: [{ option: 'authToken', header: 'X-Auth-Token', value: options.authToken }, { option: 'userId', header: 'X-User-Id', value: options.userId }], security: [['authToken', 'userId']], errorBody: { message: ['message', 'error'] }, operations: { 'GET /api/v1/omnichannel/contact': { json: [200], failures: [{ status: 200, matches: GET_api_v1_omnichannel_contact_0, error: RuntimeNotFoundError }] } } }, options);
}
