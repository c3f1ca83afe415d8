// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, formDataOf, ConfigurationError, AuthenticationError as RuntimeAuthenticationError, BadRequestError as RuntimeBadRequestError, ConflictError as RuntimeConflictError, HttpError as RuntimeHttpError, NotFoundError as RuntimeNotFoundError } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'https://contacts.8x8.com';

/** The API's server in each region, from its spec's `servers`: the `region` option picks one. */
export const REGIONS = {
  /** Asia-Pacific region, the default */
  'asia-pacific': 'https://contacts.8x8.com',
  /** North America region */
  'north-america': 'https://contacts.us.8x8.com',
  /** Europe region */
  'europe': 'https://contacts.8x8.uk',
  /** Indonesia region */
  'indonesia': 'https://contacts.8x8.id',
} as const;

/** A region the API is served in: a key of {@link REGIONS}. */
export type Region = keyof typeof REGIONS;

/** The server of `region`; throws a `ConfigurationError` for a region the API is not served in. */
function regionUrl(region: unknown): string {
  if (typeof region === 'string' && Object.hasOwn(REGIONS, region)) return REGIONS[region as Region];
  throw new ConfigurationError('region', `region must be one of "asia-pacific", "north-america", "europe", "indonesia", or left out for the default (got ${JSON.stringify(region)}).`);
}

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `Authorization: Bearer <apiKey>`.
   *
   * Your 8x8 CPaaS API key, from the customer portal
   * (https://connect.8x8.com), sent on every request as
   * `Authorization: Bearer <key>`.
   */
  apiKey: string;
  /**
   * The region your account is provisioned in: the client calls its server (see {@link REGIONS}). `baseUrl` overrides it.
   * @defaultValue `'asia-pacific'`, the first of the spec's servers
   */
  region?: Region;
  /**
   * Where the API is served.
   * @defaultValue the server of `region`
   */
  baseUrl?: string;
}

/** The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body. */
export type FailingOperation = never;

/** A client of this API; `Throws` is `true` when it was created with `throwOnError: true`. */
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;

/** The runtime's `AuthenticationError`, its `body` typed as this API documents it. */
export const AuthenticationError = RuntimeAuthenticationError as ErrorClass<RuntimeAuthenticationError<paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][401]['content']['application/json']>>;
export type AuthenticationError = RuntimeAuthenticationError<paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][401]['content']['application/json']>;

/** The runtime's `BadRequestError`, its `body` typed as this API documents it. */
export const BadRequestError = RuntimeBadRequestError as ErrorClass<RuntimeBadRequestError<paths["/api/v1/accounts/{accountId}/batches"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/createContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/deleteContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/copyContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/deleteGroups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/moveContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][400]['content']['application/json']>>;
export type BadRequestError = RuntimeBadRequestError<paths["/api/v1/accounts/{accountId}/batches"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/createContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/deleteContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/copyContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/deleteGroups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/moveContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][400]['content']['application/json']>;

/** The runtime's `ConflictError`, its `body` typed as this API documents it. */
export const ConflictError = RuntimeConflictError as ErrorClass<RuntimeConflictError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][409]['content']['application/json']>>;
export type ConflictError = RuntimeConflictError<paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][409]['content']['application/json']>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/api/v1/accounts/{accountId}/batches"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/batches/{batchId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/createContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/deleteContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][401]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/copyContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/deleteGroups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/moveContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["post"]['responses'][404]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/api/v1/accounts/{accountId}/batches"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/batches/{batchId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/createContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/batches/deleteContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}"]["post"]['responses'][401]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["get"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups"]["post"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/copyContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/deleteGroups"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/batches/moveContacts"]["post"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][400]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][409]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["post"]['responses'][404]['content']['application/json']>;

/** The runtime's `NotFoundError`, its `body` typed as this API documents it. */
export const NotFoundError = RuntimeNotFoundError as ErrorClass<RuntimeNotFoundError<paths["/api/v1/accounts/{accountId}/batches/{batchId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["post"]['responses'][404]['content']['application/json']>>;
export type NotFoundError = RuntimeNotFoundError<paths["/api/v1/accounts/{accountId}/batches/{batchId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/contacts/{contactId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["get"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}"]["patch"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["delete"]['responses'][404]['content']['application/json'] | paths["/api/v1/accounts/{accountId}/groups/{groupId}/contacts"]["post"]['responses'][404]['content']['application/json']>;

/**
 * Creates a typed client of the 8x8 CPaaS (Connect) Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ apiKey: process.env.API_KEY! });
 * const { data, error } = await client.GET('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e' } } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/8x8-connect-contacts', version: '0.0.0' }, defaultBaseUrl: options.region === undefined ? DEFAULT_BASE_URL : regionUrl(options.region), credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: options.apiKey }], security: [['apiKey']], errorBody: { message: ['message'], code: ['errorId', 'code'] }, operations: { 'GET /api/v1/accounts/{accountId}/contacts': { json: [200] }, 'POST /api/v1/accounts/{accountId}/contacts': { json: [200, 201] }, 'GET /api/v1/accounts/{accountId}/contacts/{contactId}': { json: [200] }, 'PATCH /api/v1/accounts/{accountId}/contacts/{contactId}': { json: [200] }, 'GET /api/v1/accounts/{accountId}/groups': { json: [200] }, 'POST /api/v1/accounts/{accountId}/groups': { json: [201] }, 'GET /api/v1/accounts/{accountId}/groups/{groupId}': { json: [200] }, 'PATCH /api/v1/accounts/{accountId}/groups/{groupId}': { json: [200] }, 'POST /api/v1/accounts/{accountId}/groups/{groupId}/contacts': { json: [201] }, 'DELETE /api/v1/accounts/{accountId}/groups/{groupId}/contacts': { json: [200] }, 'POST /api/v1/accounts/{accountId}/contacts/batches/createContacts': { json: [202], multipart: formDataOf }, 'POST /api/v1/accounts/{accountId}/contacts/batches/deleteContacts': { json: [202] }, 'POST /api/v1/accounts/{accountId}/groups/batches/copyContacts': { json: [202] }, 'POST /api/v1/accounts/{accountId}/groups/batches/moveContacts': { json: [202] }, 'POST /api/v1/accounts/{accountId}/groups/batches/deleteGroups': { json: [202] }, 'GET /api/v1/accounts/{accountId}/batches': { json: [200] }, 'GET /api/v1/accounts/{accountId}/batches/{batchId}': { json: [200] } } }, options);
}
