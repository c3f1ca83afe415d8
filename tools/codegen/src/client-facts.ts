// Everything the generated client files say about one API, gathered once from
// its package.json, its spec and its declaration in redocly.yaml.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Api, repoRoot } from './apis.ts';
import { type ErrorFacts, errorFacts } from './error-facts.ts';
import { type Requirements, requirementsOf } from './requires.ts';
import { credentialHeader, defaultBaseUrl, listOperations, type OpenApiDocument, type Operation, type Parameter, type Region, regionsOf, type Security, securityOf, usedSchemes } from './spec.ts';

/** A `createClient` option that carries one security scheme's credential. */
export interface CredentialOption {
  /** The option, e.g. `apiKey`. */
  option: string;
  /** The security scheme's name in the spec. */
  scheme: string;
  /** The header that carries it. */
  header: string;
  /** `Bearer` or `Basic`, sent before the credential; absent for an API key. */
  prefix?: string;
  /** The scheme's description in the spec. */
  description?: string;
  /** Whether every operation needs it: then `createClient` requires it, else it is optional. */
  required: boolean;
  /** The operationIds whose security names it, in document order. */
  usedBy: string[];
}

/** What the generators of one client package work from. */
export interface ClientFacts {
  /** The API's name in redocly.yaml, e.g. `mintlify-sandbox`. */
  api: string;
  /** The package's name, e.g. `@contactkit/mintlify-sandbox`. */
  packageName: string;
  version: string;
  /** The API's name in prose. */
  displayName: string;
  /** The spec file, relative to the repo's root. */
  specFile: string;
  /** The first server of the spec; `undefined` for a self-hosted API, or one served over plain http, whose clients need a `baseUrl`. */
  defaultBaseUrl: string | undefined;
  /** The first server, when it is plain http: never a default, since the credentials would go in clear text. */
  plainHttpServer: string | undefined;
  /** The servers by region, when the spec names them (`x-contactkit-region`): the `region` option picks one. */
  regions: Region[];
  credentials: CredentialOption[];
  /** The document's `security` in createClient options: the alternatives of an operation that has none of its own. */
  security: Security;
  operations: Operation[];
  errors: ErrorFacts;
  /** What servers need to have some operations' routes (`x-contactkit-requires`), for a self-hosted API whose servers differ; `undefined` when no operation says. */
  requirements: Requirements | undefined;
}

/** Reads the facts of `api` from its bundled spec (run `bundle` first) and its package.json. */
export function clientFacts(api: Api): ClientFacts {
  const { name, version } = JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const schemes = document.components?.securitySchemes ?? {};
  const used = usedSchemes(document);
  const declared = api.client.credentials;
  const undeclared = used.filter((scheme) => !declared[scheme]);
  const unknown = Object.keys(declared).filter((scheme) => !used.includes(scheme));
  if (undeclared.length || unknown.length) {
    throw new Error(
      `redocly.yaml: x-contactkit-client.credentials of "${api.name}" must name one createClient option for each security scheme the spec uses, in its \`security\` or an operation's (${used.join(', ') || 'none'}); ${[
        undeclared.length && `missing: ${undeclared.join(', ')}`,
        unknown.length && `not used by the spec: ${unknown.join(', ')}`,
      ].filter(Boolean).join('; ')}.`,
    );
  }
  const operations = listOperations(document);
  const credentials = used.map((scheme) => {
    const carried = credentialHeader(schemes[scheme]);
    if (!carried) {
      throw new Error(`${api.name}: security scheme "${scheme}" is not sent in a header (bearer, basic, or an apiKey in a header), which is all a generated client can send; describe it as one of those, or teach tools/codegen to send it.`);
    }
    const description = (schemes[scheme] as { description?: string } | undefined)?.description;
    // With no operation, the document's security is all there is to go by.
    const securities = operations.length ? operations.map(({ security }) => security) : [securityOf(document.security)];
    return {
      option: declared[scheme]!,
      scheme,
      header: carried.header,
      ...(carried.scheme && { prefix: carried.scheme }),
      ...(description && { description }),
      required: securities.every((security) => security.every((alternative) => alternative.includes(scheme))),
      usedBy: operations.filter(({ security }) => security.some((alternative) => alternative.includes(scheme))).map(({ operationId }) => operationId),
    };
  });
  const server = defaultBaseUrl(document);
  const specFile = relative(repoRoot, api.specPath);
  return {
    api: api.name,
    packageName: name,
    version,
    displayName: api.client.displayName,
    specFile,
    defaultBaseUrl: server?.startsWith('https:') ? server : undefined,
    plainHttpServer: server?.startsWith('http:') ? server : undefined,
    regions: regionsOf(document, specFile),
    credentials,
    security: optionSecurity(securityOf(document.security), declared),
    operations,
    errors: errorFacts(operations, specFile),
    requirements: requirementsOf(document, operations, specFile),
  };
}

/** `security` with each scheme replaced by the createClient option that carries it. */
const optionSecurity = (security: Security, options: Record<string, string>): Security => security.map((alternative) => alternative.map((scheme) => options[scheme]!));

/**
 * The security of `operation` in createClient options, as the generated
 * settings give it to the runtime, or `undefined` when it is the document's.
 */
export function operationSecurity(facts: ClientFacts, operation: Operation): Security | undefined {
  const options = Object.fromEntries(facts.credentials.map(({ scheme, option }) => [scheme, option]));
  const security = optionSecurity(operation.security, options);
  return JSON.stringify(security) === JSON.stringify(facts.security) ? undefined : security;
}

/**
 * The operations served apart from the API's base URL, as one sentence for
 * the `baseUrl` option's docs, e.g. "`getOld` is served at
 * http://old.example.com (plain http: give a `baseUrl` to call it), unless a
 * `baseUrl` is given."; empty when there are none.
 */
export function servedApart(facts: ClientFacts): string {
  const apart = facts.operations.filter(({ server }) => server);
  if (!apart.length) return '';
  const each = apart.map(({ operationId, server }) => `\`${operationId}\` is served at ${server}${server!.startsWith('http:') ? ' (plain http: give a `baseUrl` to call it with credentials)' : ''}`);
  return `${each.join('; ')}, unless a \`baseUrl\` is given.`;
}

/** `Authorization: Bearer <apiKey>` or `x-api-key: <apiKey>`. */
export const sentAs = ({ header, prefix, option }: CredentialOption) => `${header}: ${prefix ? `${prefix} ` : ''}<${option}>`;

/** The environment variable an example reads an option from: `apiKey` → `API_KEY`. */
const envName = (option: string) => option.replace(/[A-Z]/g, (char) => `_${char}`).toUpperCase();

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as a TypeScript literal in the style of this repository: single quotes, unquoted keys where they can be. */
export function tsLiteral(value: unknown): string {
  if (typeof value === 'string') return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${IDENTIFIER.test(key) ? key : tsLiteral(key)}: ${tsLiteral(item)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The operation examples call: the spec's first GET, else its first operation. */
const exampleOperation = (facts: ClientFacts): Operation | undefined => facts.operations.find(({ method }) => method === 'GET') ?? facts.operations[0];

/**
 * The `createClient({...})` options of an example: from the environment, the
 * credentials of the first alternative of the example operation's security
 * (see {@link exampleCall}), and a `baseUrl` where there is no default.
 */
export function exampleOptions(facts: ClientFacts): string {
  const operation = exampleOperation(facts);
  const needed = new Set(operation ? operation.security[0] : facts.credentials.map(({ scheme }) => scheme));
  const options = facts.credentials.filter(({ scheme }) => needed.has(scheme)).map(({ option }) => `${option}: process.env.${envName(option)}!`);
  if (!facts.defaultBaseUrl) options.unshift(`baseUrl: process.env.SERVER_URL!`);
  return `{ ${options.join(', ')} }`;
}

/**
 * The `params` of an example call of `operation`: the example of each
 * parameter `keep` accepts (by default, each required one), by location;
 * a parameter without an example is left out.
 */
export function exampleParams(operation: Operation, keep: (parameter: Parameter) => boolean = (parameter) => parameter.required): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    (['path', 'query', 'header'] as const).flatMap((location) => {
      const values = operation.parameters.filter((parameter) => parameter.in === location && parameter.example !== undefined && keep(parameter));
      return values.length ? [[location, Object.fromEntries(values.map((parameter) => [parameter.name, parameter.example]))]] : [];
    }),
  );
}

/** A call of the spec's first GET (else its first operation), with its documented examples as arguments, e.g. `client.GET('/contact/{id}', {...})`. */
export function exampleCall(facts: ClientFacts, client: string, callOptions: Record<string, unknown> = {}): string {
  const operation = exampleOperation(facts);
  if (!operation) return `${client}.GET('/', {})`;
  const params = exampleParams(operation);
  const init = {
    ...(Object.keys(params).length && { params }),
    ...(operation.body?.example !== undefined && { body: operation.body.example }),
    ...callOptions,
  };
  return `${client}.${operation.method}(${tsLiteral(operation.path)}, ${tsLiteral(init)})`;
}

/** The first lines of every generated TypeScript file of a client package. */
export const generatedHeader = (facts: ClientFacts) =>
  `// Generated from ${facts.specFile}, its entry in redocly.yaml and package.json by \`pnpm generate\`. Do not edit by hand.\n\n`;
