// Everything the generated client files say about one API, gathered once from
// its package.json, its spec and its declaration in redocly.yaml.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Api, repoRoot } from './apis.ts';
import { type ErrorFacts, errorFacts } from './error-facts.ts';
import { credentialHeader, defaultBaseUrl, listOperations, type OpenApiDocument, type Operation, requiredSchemes } from './spec.ts';

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
  credentials: CredentialOption[];
  operations: Operation[];
  errors: ErrorFacts;
}

/** Reads the facts of `api` from its bundled spec (run `bundle` first) and its package.json. */
export function clientFacts(api: Api): ClientFacts {
  const { name, version } = JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const schemes = document.components?.securitySchemes ?? {};
  const required = requiredSchemes(document);
  const declared = api.client.credentials;
  const undeclared = required.filter((scheme) => !declared[scheme]);
  const unknown = Object.keys(declared).filter((scheme) => !required.includes(scheme));
  if (undeclared.length || unknown.length) {
    throw new Error(
      `redocly.yaml: x-contactkit-client.credentials of "${api.name}" must name one createClient option for each security scheme the spec requires (${required.join(', ') || 'none'}); ${[
        undeclared.length && `missing: ${undeclared.join(', ')}`,
        unknown.length && `not required by the spec: ${unknown.join(', ')}`,
      ].filter(Boolean).join('; ')}.`,
    );
  }
  const credentials = required.map((scheme) => {
    const carried = credentialHeader(schemes[scheme]);
    if (!carried) {
      throw new Error(`${api.name}: security scheme "${scheme}" is not sent in a header (bearer, basic, or an apiKey in a header), which is all a generated client can send; describe it as one of those, or teach tools/codegen to send it.`);
    }
    const description = (schemes[scheme] as { description?: string } | undefined)?.description;
    return { option: declared[scheme]!, scheme, header: carried.header, ...(carried.scheme && { prefix: carried.scheme }), ...(description && { description }) };
  });
  const server = defaultBaseUrl(document);
  const operations = listOperations(document);
  const specFile = relative(repoRoot, api.specPath);
  return {
    api: api.name,
    packageName: name,
    version,
    displayName: api.client.displayName,
    specFile,
    defaultBaseUrl: server?.startsWith('https:') ? server : undefined,
    plainHttpServer: server?.startsWith('http:') ? server : undefined,
    credentials,
    operations,
    errors: errorFacts(operations, specFile),
  };
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

/** The `createClient({...})` options of an example: each credential from the environment, and a `baseUrl` where there is no default. */
export function exampleOptions(facts: ClientFacts): string {
  const options = facts.credentials.map(({ option }) => `${option}: process.env.${envName(option)}!`);
  if (!facts.defaultBaseUrl) options.unshift(`baseUrl: process.env.SERVER_URL!`);
  return `{ ${options.join(', ')} }`;
}

/** A call of the spec's first GET (else its first operation), with its documented examples as arguments, e.g. `client.GET('/contact/{id}', {...})`. */
export function exampleCall(facts: ClientFacts, client: string, callOptions: Record<string, unknown> = {}): string {
  const operation = facts.operations.find(({ method }) => method === 'GET') ?? facts.operations[0];
  if (!operation) return `${client}.GET('/', {})`;
  const params = Object.fromEntries(
    (['path', 'query', 'header'] as const).flatMap((location) => {
      const values = operation.parameters.filter((parameter) => parameter.in === location && parameter.required && parameter.example !== undefined);
      return values.length ? [[location, Object.fromEntries(values.map((parameter) => [parameter.name, parameter.example]))]] : [];
    }),
  );
  const init = {
    ...(Object.keys(params).length && { params }),
    ...(operation.body?.example !== undefined && { body: operation.body.example }),
    ...callOptions,
  };
  return `${client}.${operation.method}(${tsLiteral(operation.path)}, ${tsLiteral(init)})`;
}
