// A bundled OpenAPI document, read as far as the contract tests need it.

/** A JSON Schema as OpenAPI 3.1 writes it (only the keywords read here). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  /** The media type of a string's content: with no `contentEncoding`, the string is binary (a file). */
  contentMediaType?: string;
  contentEncoding?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  uniqueItems?: boolean;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  contains?: Schema;
  minContains?: number;
  not?: Schema;
  const?: unknown;
  propertyNames?: { not?: { enum?: unknown[] } };
  readOnly?: boolean;
  /** The `enum` lists the values known today; answers may hold others. */
  'x-contactkit-open-enum'?: boolean;
  example?: unknown;
  examples?: unknown[];
}

interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

interface RawParameter {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  example?: unknown;
  style?: string;
  explode?: boolean;
}

/** An OpenAPI `security` list: alternatives, each the schemes (with their scopes) it needs together. */
export type SecurityRequirements = Record<string, string[]>[];

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  servers?: { url: string; variables?: object }[];
  security?: SecurityRequirements;
  components?: { securitySchemes?: Record<string, { type: string; scheme?: string; in?: string; name?: string }> };
}

/** One documented example of a response. */
export interface ResponseExample {
  /** The key under `examples`, selectable with `Prefer: example=<name>`; absent for a single `example`. */
  name?: string;
  value: unknown;
}

/** A 2xx answer's body shape that the spec declares a failure (`x-contactkit-failure` on the response). */
export interface DeclaredFailure {
  /** The runtime's error class it is thrown as, e.g. `NotFoundError`. */
  error: string;
  /** The JSON Schema a body matches when it is that failure. */
  when: Schema;
}

/** One documented response status of an operation. */
export interface DocumentedResponse {
  status: number;
  /** Examples of its JSON body; empty when the response has no body. */
  examples: ResponseExample[];
  /** The schema of its JSON body, when it has one. */
  schema?: Schema;
  /** Set when it documents a body that is not JSON (e.g. `*\/*` or `text/plain`). */
  text?: true;
  /** The names of the headers it documents, as the spec writes them. */
  headers: string[];
  /** Set when some bodies of this 2xx answer are failures. */
  failure?: DeclaredFailure;
}

/** A request parameter with its schema resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
  example: unknown;
  /** How the value is written, as the spec says or OpenAPI's default for its location (`form`, exploded, in a query). */
  style?: string;
  explode?: boolean;
}

/** An operation of the document, with every `$ref` it uses resolved. */
export interface Operation {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  operationId: string;
  /** The operation's one-line summary. */
  summary?: string;
  parameters: Parameter[];
  /** Its request body, of the first media type it documents that a client can send (see {@link REQUEST_MEDIA_TYPES}). */
  body?: { schema: Schema; example: unknown; mediaType: RequestMediaType; required: boolean };
  responses: DocumentedResponse[];
  /**
   * Its effective security (its own `security`, else the document's): the
   * alternatives a request may satisfy, each the names of the schemes it
   * needs together. `[[]]` when it needs no credential.
   */
  security: Security;
  /**
   * The first of its own `servers`, else of its path's: where it is served
   * apart from the document's servers. Absent when neither names one.
   */
  server?: string;
}

/** Alternatives of security schemes, each a set needed together; an empty set needs no credential. */
export type Security = string[][];

/**
 * `requirements` as {@link Security}. An absent or empty list needs no
 * credential, as does an empty requirement (`{}`) among others.
 */
export function securityOf(requirements: SecurityRequirements | undefined): Security {
  return requirements?.length ? requirements.map((requirement) => Object.keys(requirement)) : [[]];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Resolves local `$ref`s (the only kind a bundled document has), recursively. */
export function resolve<T>(document: OpenApiDocument, node: T): T {
  if (Array.isArray(node)) return node.map((item) => resolve(document, item)) as T;
  if (!node || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported in a bundled spec (got "${ref}"): run \`pnpm generate\`.`);
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    if (target === undefined) throw new Error(`$ref "${ref}" points at nothing in the spec: fix it under specs/ and run \`pnpm generate\`.`);
    return resolve(document, target as T);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(document, value)])) as T;
}

function firstExample(media: MediaType): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first?.value ?? media.schema?.example ?? media.schema?.examples?.[0];
}

function jsonMedia(content: Record<string, MediaType> | undefined): MediaType | undefined {
  return content?.['application/json'];
}

/** The request media types a client sends, in the order it prefers them. */
export const REQUEST_MEDIA_TYPES = ['application/json', 'multipart/form-data'] as const;

export type RequestMediaType = (typeof REQUEST_MEDIA_TYPES)[number];

/**
 * Whether a schema is binary content, a file: a string of `format: binary`
 * (as OpenAPI 3.0 writes it), or with a `contentMediaType` and no
 * `contentEncoding` (as 3.1 does; with an encoding such as base64 it is text).
 */
export function isBinary(schema: Schema | undefined): boolean {
  const types = [schema?.type].flat();
  return Boolean(schema && types.includes('string') && (schema.format === 'binary' || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined)));
}

function responseExamples(media: MediaType | undefined): ResponseExample[] {
  if (!media) return [];
  if (media.examples) return Object.entries(media.examples).map(([name, example]) => ({ name, value: example.value }));
  const value = firstExample(media);
  return value === undefined ? [] : [{ value }];
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const resolved = resolve(document, document);
  return Object.entries(resolved.paths).flatMap(([path, item]) => {
    const shared = (item.parameters ?? []) as RawParameter[];
    return METHODS.filter((method) => item[method]).map((method) => {
      const raw = item[method] as {
        operationId: string;
        summary?: string;
        parameters?: RawParameter[];
        security?: SecurityRequirements;
        servers?: Server[];
        requestBody?: { content?: Record<string, MediaType>; required?: boolean };
        responses: Record<string, { content?: Record<string, MediaType>; headers?: Record<string, unknown>; 'x-contactkit-failure'?: DeclaredFailure }>;
      };
      const byKey = new Map([...shared, ...(raw.parameters ?? [])].map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
      const parameters = [...byKey.values()]
        .filter((parameter): parameter is RawParameter & { in: Parameter['in'] } => parameter.in !== 'cookie')
        .map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.in === 'path' || Boolean(parameter.required),
          schema: parameter.schema ?? {},
          example: parameter.example ?? parameter.schema?.example ?? parameter.schema?.examples?.[0],
          ...(parameter.style !== undefined && { style: parameter.style }),
          ...(parameter.explode !== undefined && { explode: parameter.explode }),
        }));
      const bodyType = REQUEST_MEDIA_TYPES.find((type) => raw.requestBody?.content?.[type]?.schema);
      const bodyMedia = bodyType && raw.requestBody!.content![bodyType]!;
      const responses = Object.entries(raw.responses)
        .filter(([status]) => /^\d{3}$/.test(status))
        .map(([status, response]) => {
          const media = jsonMedia(response.content);
          const failure = response['x-contactkit-failure'];
          return {
            status: Number(status),
            examples: responseExamples(media),
            ...(media?.schema && { schema: media.schema }),
            ...(!media && Object.keys(response.content ?? {}).length ? { text: true as const } : {}),
            headers: Object.keys(response.headers ?? {}),
            ...(failure && { failure }),
          };
        });
      return {
        method: method.toUpperCase() as Operation['method'],
        path,
        operationId: raw.operationId,
        ...(raw.summary && { summary: raw.summary }),
        parameters,
        ...(bodyType && bodyMedia ? { body: { schema: bodyMedia.schema!, example: firstExample(bodyMedia), mediaType: bodyType, required: Boolean(raw.requestBody!.required) } } : {}),
        responses,
        security: securityOf(raw.security ?? resolved.security),
        ...operationServer(raw.servers ?? (item.servers as Server[] | undefined), `${method.toUpperCase()} ${path}`),
      };
    });
  });
}

interface Server {
  url: string;
  variables?: object;
}

/**
 * `{ server }`, the first of an operation's or its path's `servers`; `{}`
 * when there are none. Throws, naming the fix, for one a client cannot call
 * as it stands: not an absolute http(s) URL, or with variables.
 */
function operationServer(servers: Server[] | undefined, where: string): { server?: string } {
  const server = servers?.[0];
  if (!server) return {};
  if (server.variables || !/^https?:\/\/[^/{}]+[^{}]*$/i.test(server.url)) {
    throw new Error(`${where}: its server "${server.url}" must be an absolute http(s) URL without variables, which a client can call as it stands; give the operation or its path such a server, or none.`);
  }
  return { server: server.url.replace(/\/+$/, '') };
}

/** How a security scheme's credential is sent: its header, and for HTTP auth the prefix of the value. */
export interface CredentialHeader {
  header: string;
  /** `Bearer` or `Basic`, sent as `<scheme> <credential>`; absent for an API key. */
  scheme?: string;
}

type SecurityScheme = NonNullable<NonNullable<OpenApiDocument['components']>['securitySchemes']>[string];

/** The header that carries a security scheme's credential; `undefined` for one not sent in a header (query, cookie, OAuth…). */
export function credentialHeader(scheme: SecurityScheme | undefined): CredentialHeader | undefined {
  if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { header: scheme.name };
  const http = scheme?.type === 'http' ? scheme.scheme?.toLowerCase() : undefined;
  if (http === 'bearer' || http === 'basic') return { header: 'Authorization', scheme: http[0]!.toUpperCase() + http.slice(1) };
  return undefined;
}

/** The first server's URL, the client's default; `undefined` when it has variables (a self-hosted API). */
export function defaultBaseUrl(document: OpenApiDocument): string | undefined {
  const server = document.servers?.[0];
  return server && !server.variables ? server.url : undefined;
}

/** A server the spec names a region for (`x-contactkit-region`), which the client's `region` option picks. */
export interface Region {
  name: string;
  url: string;
  description?: string;
}

/**
 * The document's regional servers, in its order: empty when no server names
 * a region. Throws, naming the fix, when only some do, or a name is not
 * kebab-case or repeats, or a region is not served over https.
 */
export function regionsOf(document: OpenApiDocument, specFile: string): Region[] {
  const servers = (document.servers ?? []) as { url: string; description?: string; 'x-contactkit-region'?: unknown }[];
  const named = servers.filter((server) => server['x-contactkit-region'] !== undefined);
  if (!named.length) return [];
  const fail = (what: string): never => {
    throw new Error(`${specFile}: ${what}.`);
  };
  if (named.length !== servers.length) fail(`x-contactkit-region is on ${named.length} of ${servers.length} servers: name the region of every server, or of none`);
  const seen = new Set<string>();
  return servers.map(({ url, description, 'x-contactkit-region': name }) => {
    if (typeof name !== 'string' || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`x-contactkit-region of server ${url} must be a kebab-case name such as "north-america" (got ${JSON.stringify(name)})`);
    if (seen.has(name as string)) fail(`x-contactkit-region "${name}" names two servers: each region has one`);
    if (!url.startsWith('https://')) fail(`the server of region "${name}" must be an https URL, since the client sends credentials (got ${url})`);
    seen.add(name as string);
    return { name: name as string, url, ...(description && { description }) };
  });
}

/** The names of the security schemes that the document or any of its operations uses, in order of first use, each once. */
export function usedSchemes(document: OpenApiDocument): string[] {
  const all = [securityOf(document.security), ...listOperations(document).map(({ security }) => security)];
  return [...new Set(all.flat(2))];
}

/**
 * The request headers, lower-cased, that carry credentials: with an
 * operation, those of the first alternative of its security (the one a
 * client that holds every credential sends); else those of every scheme the
 * document uses.
 */
export function credentialHeaderNames(document: OpenApiDocument, operation?: Operation): string[] {
  const schemes = document.components?.securitySchemes ?? {};
  const names = operation ? (operation.security[0] ?? []) : usedSchemes(document);
  return [...new Set(names.map((name) => (credentialHeader(schemes[name])?.header ?? 'authorization').toLowerCase()))];
}
