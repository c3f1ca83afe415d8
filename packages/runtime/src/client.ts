import createFetchClient, { type FetchResponse, type HeadersOptions, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import { checkNumber, invalid, ResponseParseError, type RequestErrorDetails } from './errors.js';
import { credentialsByOperation, givenCredentials, withCredentials } from './credentials.js';
import type { ApiSettings, BaseClientOptions, CallOptions, OperationServer } from './options.js';
import { type CallContext, createTransport, parsedBodies } from './transport.js';

/** The answer of a call that succeeded: `data` is always there. */
type Success<Answer> = Extract<Answer, { data: unknown }>;

/**
 * What a call resolves to: `{ data, response }` or `{ error, response }`, or
 * only the first when failures throw (the client's or the call's
 * `throwOnError: true`). A 2xx body that the spec declares a failure is an
 * `error` too.
 */
export type CallResult<Operation extends Record<string | number, unknown>, Init, Throws extends boolean, Fails extends boolean> =
  (Init extends { throwOnError: true } ? true : Init extends { throwOnError: false } ? false : Throws) extends true
    ? Success<FetchResponse<Operation, Init, MediaType>>
    : FetchResponse<Operation, Init, MediaType> | (Fails extends true ? { data?: never; error: Success<FetchResponse<Operation, Init, MediaType>>['data']; response: Response } : never);

// As openapi-fetch's: the init is optional when nothing in it is required.
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** One HTTP method of an {@link ApiClient}: the path template, then its params, body and {@link CallOptions}. */
export type ApiMethod<Paths extends Record<string, Record<HttpMethod, {}>>, Method extends HttpMethod, Throws extends boolean, Failing extends string> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method> & CallOptions,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<CallResult<Paths[Path][Method], Init, Throws, `${Method} ${Path & string}` extends Failing ? true : false>>;

/**
 * A typed client of one API: openapi-fetch's methods and middleware, with
 * per-call options. `Throws` is `true` when the client was created with
 * `throwOnError: true`; `Failing` names the operations (`get /path`) whose
 * spec declares some 2xx bodies failures.
 */
export interface ApiClient<Paths extends {}, Throws extends boolean = false, Failing extends string = never> {
  GET: ApiMethod<Paths, 'get', Throws, Failing>;
  PUT: ApiMethod<Paths, 'put', Throws, Failing>;
  POST: ApiMethod<Paths, 'post', Throws, Failing>;
  DELETE: ApiMethod<Paths, 'delete', Throws, Failing>;
  OPTIONS: ApiMethod<Paths, 'options', Throws, Failing>;
  HEAD: ApiMethod<Paths, 'head', Throws, Failing>;
  PATCH: ApiMethod<Paths, 'patch', Throws, Failing>;
  TRACE: ApiMethod<Paths, 'trace', Throws, Failing>;
  /** Calls `method` on `url`, e.g. from a table of operations. */
  request(method: string, url: string, init?: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  /** Adds middleware: it sees each call once, whatever its retries. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware. */
  eject(...middleware: Middleware[]): void;
}

/**
 * An error class as a value whose instances are `E`: `instanceof` narrows to
 * `E`, with its typed `body`, where a generic class would narrow to `any`.
 */
export type ErrorClass<E> = { new (...args: never[]): E; readonly prototype: E };

/** `true` when options make failures throw, for {@link ApiClient}'s `Throws`. */
export type ThrowsWith<Options> = Options extends { throwOnError: true } ? true : false;

// This machine: credentials may go there over plain http.
const isLoopback = (hostname: string) => /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/i.test(hostname);

const PLAIN_HTTP_RULE = 'plain http is allowed only to loopback, or with `dangerouslyAllowCredentialsOverHttp: true`';

/** Whether credentials sent to `url` would cross the network in clear text without the caller having opted in. */
const exposesCredentials = (url: URL, options: BaseClientOptions) => url.protocol === 'http:' && !isLoopback(url.hostname) && options.dangerouslyAllowCredentialsOverHttp !== true;

/**
 * The server of an operation that the spec serves apart from the API's base
 * URL (its path's or its own `servers`), for {@link OperationFacts.server}:
 * its calls go to `url` unless the client was given a `baseUrl`, which then
 * takes them as it takes every call. A call that would send credentials to a
 * plain-http `url` throws a `ConfigurationError` before anything is sent,
 * asking for a `baseUrl`, by the same rule as the client's `baseUrl`.
 */
export const servedAt =
  (url: string): OperationServer =>
  (operation, credentials, options) => {
    if (options.baseUrl !== undefined) return undefined;
    if (Object.keys(credentials).length && exposesCredentials(new URL(url), options)) invalid('baseUrl', `given for ${operation}, whose server ${url} is plain http and would get its credentials (${PLAIN_HTTP_RULE})`, 'none');
    return url;
  };

/** Throws a `ConfigurationError` unless every per-call option given is valid, as for the client's. */
function checkCall(init: CallOptions): void {
  for (const option of ['timeoutMs', 'totalTimeoutMs', 'maxRetries'] as const) {
    if (init[option] !== undefined) checkNumber(option, init[option], option === 'maxRetries');
  }
  for (const option of ['retry', 'throwOnError'] as const) {
    if (init[option] !== undefined && typeof init[option] !== 'boolean') invalid(option, 'true or false', init[option]);
  }
}

/**
 * Creates the typed client of one API, with its base URL, authentication,
 * timeouts and retries set. Throws a `ConfigurationError` for a missing or
 * malformed option before any request is sent.
 */
export function createApiClient<Paths extends {}, Throws extends boolean = false, Failing extends string = never>(
  settings: ApiSettings,
  options: BaseClientOptions = {},
): ApiClient<Paths, Throws, Failing> {
  const baseUrl = options.baseUrl ?? settings.defaultBaseUrl ?? '';
  if (!/^https?:\/\/[^/]/i.test(baseUrl) || !URL.canParse(baseUrl)) invalid('baseUrl', 'an absolute http(s) URL, e.g. "https://api.example.com"', `"${baseUrl}"`);
  if (givenCredentials(settings).length && exposesCredentials(new URL(baseUrl), options)) invalid('baseUrl', `an https: URL, since the client sends credentials (${PLAIN_HTTP_RULE})`, `"${baseUrl}"`);
  // Credentials are per call, not defaults: each operation gets only its own.
  const credentialsFor = credentialsByOperation(settings);
  const headers = { ...userAgent(settings.client), ...options.headers };
  const send = createTransport(options, settings);
  const base = createFetchClient<Record<string, Record<HttpMethod, {}>>>({ baseUrl: baseUrl.replace(/\/+$/, ''), headers });
  const { operations = {} } = settings;

  const request = async (method: string, pathTemplate: string, init: Record<string, unknown> & CallOptions = {}) => {
    checkCall(init);
    const key = `${method} ${pathTemplate}`;
    const credentials = credentialsFor(key);
    // A JSON body is read by the transport, inside the retries; other ways of reading are left to openapi-fetch.
    const json = init.parseAs === undefined || init.parseAs === 'json';
    const facts = operations[key];
    const call: CallContext = { ...init, pathTemplate, facts, json };
    const result = await base.request(method as 'get', pathTemplate, {
      // An operation the spec serves elsewhere may be called there.
      baseUrl: facts?.server?.(key, credentials, options),
      // Arrays in the query as the spec writes them, unless the call says otherwise.
      ...(facts?.arrays && { querySerializer: { array: facts.arrays } }),
      // A multipart body is given as an object of its parts, unless the call serializes it its own way.
      ...(facts?.multipart && { bodySerializer: facts.multipart }),
      ...init,
      headers: withCredentials(credentials, init.headers as HeadersOptions | undefined),
      ...(json && { parseAs: 'stream' }),
      fetch: (outgoing: Request) => send(outgoing, call),
    });
    const { response } = result;
    if (!json || !response.ok) return result;
    const parsed = parsedBodies.get(response);
    if (parsed) return parsed.failed ? { error: parsed.value, response } : { data: parsed.value, response };
    // A response that middleware made up never went through the transport.
    const text = result.data ? await response.text() : '';
    try {
      return { data: text ? JSON.parse(text) : undefined, response };
    } catch (cause) {
      const details: RequestErrorDetails & Pick<ResponseParseError, 'status' | 'excerpt'> = { method, pathTemplate, attempts: 0, maxAttempts: 0, cause, status: response.status, excerpt: text.slice(0, 200) };
      throw new ResponseParseError(details, `got HTTP ${response.status} from middleware with a body that is not JSON`, 'fix the middleware');
    }
  };
  const method = (name: string) => (path: string, init?: Record<string, unknown>) => request(name, path, init);
  return {
    GET: method('GET'),
    PUT: method('PUT'),
    POST: method('POST'),
    DELETE: method('DELETE'),
    OPTIONS: method('OPTIONS'),
    HEAD: method('HEAD'),
    PATCH: method('PATCH'),
    TRACE: method('TRACE'),
    request: (name, path, init) => request(name.toUpperCase(), path, init),
    use: base.use,
    eject: base.eject,
  } as ApiClient<Paths, Throws, Failing>;
}

// A product token has no `@` or `/`: `@contactkit/demo` becomes `contactkit-demo`.
function userAgent(client: ApiSettings['client']): Record<string, string> | undefined {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  if (!client || !node) return undefined;
  return { 'User-Agent': `${client.name.replace(/^@/, '').replace('/', '-')}/${client.version} node/${node}` };
}
