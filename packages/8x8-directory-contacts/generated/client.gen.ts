// Generated from specs/8x8-directory-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ApiClient, type BaseClientOptions, createApiClient, type ErrorClass, type ThrowsWith, AuthenticationError as RuntimeAuthenticationError, HttpError as RuntimeHttpError } from '@contactkit/runtime';
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
   * Pass the API key returned from Admin Console for Contact Management
   * product (for example `romc_MmFmMTI3sowe`). The key is required for
   * any requests that create, update, or delete contact information,
   * i.e., POST, PUT, DELETE methods. (The page's sentence begins "To use
   * the Contact Search endpoint"; as the rest of it and the headers of
   * every operation say, this document reads it as the Contact
   * Management key.) Searching contacts takes a different key, for the
   * Contact Search product. The API is in beta and the page
   * says that API keys are not available at this time.
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

/** The runtime's `AuthenticationError`, its `body` typed as this API documents it. */
export const AuthenticationError = RuntimeAuthenticationError as ErrorClass<RuntimeAuthenticationError<paths["/contacts"]["post"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["delete"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["put"]['responses'][401]['content']['application/json']>>;
export type AuthenticationError = RuntimeAuthenticationError<paths["/contacts"]["post"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["delete"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["put"]['responses'][401]['content']['application/json']>;

/** The runtime's `HttpError`, its `body` typed as this API documents it. */
export const HttpError = RuntimeHttpError as ErrorClass<RuntimeHttpError<paths["/contacts"]["post"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["delete"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["put"]['responses'][401]['content']['application/json']>>;
export type HttpError = RuntimeHttpError<paths["/contacts"]["post"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["delete"]['responses'][401]['content']['application/json'] | paths["/contacts/{contactId}"]["put"]['responses'][401]['content']['application/json']>;

/**
 * Creates a typed client of the 8x8 Directory Contacts API. Throws a `ConfigurationError`
 * naming the option when a credential or the base URL is missing or malformed.
 *
 * @example
 * const client = createClient({ apiKey: process.env.API_KEY! });
 * const { data, error } = await client.POST('/contacts', { body: { companyName: '8x8, Inc.', contactType: 'company', customerId: '0016C00000VM1BeQAL', department: 'Research and Development', firstName: 'John', jobTitle: 'Software Eng.', lastName: 'Doe', locale: 'en_US', location: 'San Jose, CA', nickName: 'johnny', pbxId: 'bhjLT03CTJuVwgAy9y3DOQ', pbxName: 'qmsarealenv1', timeZone: 'America/Los_Angeles', addresses: [{ city: 'San Jose', country: 'United States', county: 'Santa Clara', notes: '8x8 Headquarters', postalCode: '95131', primary: true, purposeType: 'WORK', state: 'California', streetName: '1st St', streetNumber: '675' }], emails: [{ email: 'john.doe@example.com', primary: true, purposeType: 'work' }], phones: [{ phone: '+18005551234', primary: true, purposeType: 'WORK', source: 'EXTERNAL' }], tags: [{ name: 'customField1', value: 'value1' }] } });
 */
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ client: { name: '@contactkit/8x8-directory-contacts', version: '0.0.0' }, defaultBaseUrl: DEFAULT_BASE_URL, credentials: [{ option: 'apiKey', header: 'x-api-key', value: options.apiKey }], operations: { 'POST /contacts': { json: [200] }, 'PUT /contacts/{contactId}': { json: [200] } } }, options);
}
