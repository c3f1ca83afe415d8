// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, BadRequestError as RuntimeBadRequestError, ConflictError as RuntimeConflictError, HttpError as RuntimeHttpError, NotFoundError as RuntimeNotFoundError } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'https://contacts.8x8.com';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <apiKey>`.
   *
   * Your 8x8 CPaaS API key, sent on every request as
   * `Authorization: Bearer <key>`.
   *
   * Reading: a bearer key, as on every 8x8 CPaaS API, because the contacts
   * reference pages do not describe authentication.
   */
  apiKey: string;
  /**
   * Where the API is served.
   * @defaultValue {@link DEFAULT_BASE_URL}
   */
  baseUrl?: string;
}

/** The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body. */
export type FailingOperation = never;

/** A client of this API; `Throws` is `true` when it was created with `throwOnError: true`. */
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;

/** The runtime's `BadRequestError`, its `body` typed as this API documents it. */
export const BadRequestError = RuntimeBadRequestError as ErrorClass<RuntimeBadRequestError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json']>>;
export type BadRequestError = RuntimeBadRequestError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json']>;

/** The runtime's `ConflictError`, its `body` typed as this API documents it. */
export const ConflictError = RuntimeConflictError as ErrorClass<RuntimeConflictError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json']>>;
export type ConflictError = RuntimeConflictError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json']>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json']>;

/** The runtime's `NotFoundError`, its `body` typed as this API documents it. */
export const NotFoundError = RuntimeNotFoundError as ErrorClass<RuntimeNotFoundError<paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json']>>;
export type NotFoundError = RuntimeNotFoundError<paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json']>;

/**
 * Creates a typed client of the 8x8 CPaaS (Connect) Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ apiKey: process.env.API_KEY! });
 * const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: 41764986 } } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/8x8-connect-contacts', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: options.apiKey }], security: [['apiKey']], errorBody: { message: ['message'], code: ['errorId', 'code'] }, operations: { 'POST /api/v1/accounts/{accountId}/contacts': { json: [200, 201] }, 'GET /api/v1/accounts/{accountId}/contacts/{contactId}': { json: [200] } } }, options);
}
