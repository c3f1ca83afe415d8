// Generated from specs/8x8-directory-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = 'https://api.8x8.com/directory-contacts/api/v3';

/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent as `x-api-key: <apiKey>`.
   *
   * Needed only by `createContact`, `replaceContact`, `deleteContact`: without it, those calls throw
   * a `ConfigurationError` before anything is sent.
   *
   * The Contact Management key from Admin Console (e.g.
   * `romc_MmFmMTI3sowe`), needed to create, replace and delete contacts.
   */
  apiKey?: string;
  /**
   * Sent as `x-api-key: <searchApiKey>`.
   *
   * Needed only by `searchContacts`: without it, that call throws
   * a `ConfigurationError` before anything is sent.
   *
   * The Contact Search key from Admin Console, needed to search contacts.
   * Reading: sent as `x-api-key`, because the search page's header table
   * says so although its paging examples show a bearer token.
   */
  searchApiKey?: string;
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

/**
 * Creates a typed client of the 8x8 Directory Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ searchApiKey: process.env.SEARCH_API_KEY! });
 * const { data, error } = await client.GET('/contacts', {});
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/8x8-directory-contacts', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'apiKey', header: 'x-api-key', value: options.apiKey }, { option: 'searchApiKey', header: 'x-api-key', value: options.searchApiKey }], security: [['apiKey']], operations: { 'GET /contacts': { json: [200], security: [['searchApiKey']], arrays: { style: 'form', explode: false } }, 'POST /contacts': { json: [200] }, 'PUT /contacts/{contactId}': { json: [200] }, 'DELETE /contacts/{contactId}': { text: [200] } } }, options);
}
