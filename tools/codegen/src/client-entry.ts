// The TypeScript of a client package, written whole from its facts: the main
// entry (createClient and its options), the mock and validation entries, and
// the contract test. No client package has hand-written source of these.
import { type ClientFacts, type CredentialOption, exampleCall, generatedHeader, exampleOptions, operationSecurity, sentAs, servedApart, tsLiteral } from './client-facts.ts';
import { routeNeedsOf } from './requires.ts';
import { standaloneValidators } from './validators.ts';
import type { Operation } from './spec.ts';

const header = generatedHeader;

/** A JSDoc block at `indent`, from lines of text. */
function jsDoc(lines: string[], indent = ''): string {
  const safe = lines.flatMap((line) => line.replaceAll('*/', '*\\/').split('\n')).map((line) => line.trimEnd());
  if (safe.length === 1) return `${indent}/** ${safe[0]} */`;
  return [`${indent}/**`, ...safe.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`].join('\n');
}

/** Options of a client against a mock at `url`, with a made-up value of each credential. */
const testOptions = (facts: ClientFacts, url: string) =>
  `{ ${[...facts.credentials.map(({ option }) => `${option}: 'test-${option}'`), `baseUrl: ${url}`].join(', ')} }`;

const ARRAY_STYLES = ['form', 'spaceDelimited', 'pipeDelimited'];

/** Whether the operation's body is a form: its client writes it with the runtime's `formDataOf`, which only such clients import. */
const isMultipart = (operation: Operation) => operation.body?.mediaType === 'multipart/form-data';

/**
 * How an operation's array query parameters are written, when not as
 * openapi-fetch writes them by default (`form`, exploded). openapi-fetch
 * takes one way per call, so an operation whose arrays differ is refused.
 */
export function arrayStyle(operation: Operation): { style: string; explode: boolean } | undefined {
  const arrays = operation.parameters.filter((parameter) => parameter.in === 'query' && parameter.schema.type === 'array');
  const ways = [...new Set(arrays.map(({ style = 'form', explode = style === 'form' }) => JSON.stringify({ style, explode })))];
  const where = `${operation.method} ${operation.path}`;
  if (ways.length > 1) throw new Error(`${where}: its array query parameters are written in different ways (${ways.join(', ')}), and a client call writes them one way; give them the same style and explode.`);
  const way = ways[0] && (JSON.parse(ways[0]) as { style: string; explode: boolean });
  if (way && !ARRAY_STYLES.includes(way.style)) throw new Error(`${where}: array query style "${way.style}" cannot be sent; use one of ${ARRAY_STYLES.join(', ')}.`);
  return way && !(way.style === 'form' && way.explode) ? way : undefined;
}

/**
 * The settings literal's facts of each operation that has some: its security
 * where it is not the document's, how it writes arrays in the query, what
 * writes a multipart/form-data body, the server it is served at apart from
 * the document's, each declared failure's compiled matcher and class, and
 * what a server needs to have its route. A declared failure's class always
 * has a typed alias (its body is typed), so the runtime's class is the one
 * imported as Runtime<Name>.
 */
function operationSettings(facts: ClientFacts): string {
  const entries = facts.operations.flatMap((operation) => {
    const key = `${operation.method} ${operation.path}`;
    const { json = [], text = [], failures = [] } = facts.errors.operations[key] ?? {};
    const security = operationSecurity(facts, operation);
    const arrays = arrayStyle(operation);
    const requires = routeNeedsOf(facts.requirements, key);
    const parts = [
      ...(json.length ? [`json: ${tsLiteral(json)}`] : []),
      ...(text.length ? [`text: ${tsLiteral(text)}`] : []),
      ...(failures.length ? [`failures: [${failures.map(({ status, error }, index) => `{ status: ${status}, matches: ${failureId(key, index)}, error: Runtime${error} }`).join(', ')}]`] : []),
      ...(security ? [`security: ${tsLiteral(security)}`] : []),
      ...(arrays ? [`arrays: ${tsLiteral(arrays)}`] : []),
      ...(isMultipart(operation) ? ['multipart: formDataOf'] : []),
      ...(requires ? [`requires: ${tsLiteral(requires)}`] : []),
      ...(operation.server ? [`server: servedAt(${tsLiteral(operation.server)})`] : []),
    ];
    return parts.length ? [`${tsLiteral(key)}: { ${parts.join(', ')} }`] : [];
  });
  return `{ ${entries.join(', ')} }`;
}

/** The JSDoc of a credential's option: how it is sent, which operations need it when not all do, and the scheme's description. */
function credentialDoc(facts: ClientFacts, credential: CredentialOption): string {
  const { usedBy } = credential;
  const some = credential.required
    ? []
    : [
        '',
        `Needed only by ${usedBy.map((operationId) => `\`${operationId}\``).join(', ') || 'no operation'}: without it, ${usedBy.length > 1 ? 'those calls throw' : 'that call throws'}`,
        'a `ConfigurationError` before anything is sent.',
      ];
  return jsDoc([`Sent as \`${sentAs(credential)}\`.`, ...some, ...(credential.description ? ['', credential.description.trim()] : [])], '  ');
}

/** The export name of an operation's `index`th declared failure's matcher in `failures.gen.ts`. */
const failureId = (key: string, index: number) => `${key.replace(/[^A-Za-z0-9]+/g, '_').replace(/_$/, '')}_${index}`;

/**
 * `generated/failures.gen.ts`: the matchers of the 2xx bodies the spec
 * declares failures, compiled at build time to tell only whether a body
 * matches; operations that declare the same failure share one matcher,
 * exported under each one's name.
 */
export function failuresSource(facts: ClientFacts): string {
  const declared = Object.entries(facts.errors.operations).flatMap(([key, { failures }]) => failures.map(({ when }, index) => [failureId(key, index), when] as const));
  if (!declared.length) return `${header(facts)}// The spec declares no 2xx answer a failure.\nexport {};\n`;
  const firstOf = new Map<string, string>();
  const aliases: string[] = [];
  for (const [id, when] of declared) {
    const first = firstOf.get(JSON.stringify(when));
    if (first) aliases.push(`export const ${id} = ${first};`);
    else firstOf.set(JSON.stringify(when), id);
  }
  const schemas = Object.fromEntries(declared.filter(([id]) => [...firstOf.values()].includes(id)));
  return `${header(facts)}// @ts-nocheck -- compiled by Ajv from the schemas of the spec's x-contactkit-failure declarations.\n${standaloneValidators(schemas, { matchOnly: true })}\n${aliases.map((line) => `${line}\n`).join('')}`;
}

/** The error classes whose \`body\` this API documents, as aliases typed with those bodies. */
function typedErrors(facts: ClientFacts): { names: string[]; declarations: string[] } {
  const { bodies } = facts.errors;
  const all = [...new Set(Object.values(bodies).flat())].sort();
  const typed: Record<string, string[]> = { ...bodies, ...(all.length && { HttpError: all }) };
  const names = Object.keys(typed).sort();
  return {
    names,
    declarations: names.map((name) => {
      const body = typed[name]!.join(' | ');
      return [
        jsDoc([`The runtime's \`${name}\`, its \`body\` typed as this API documents it.`]),
        `export const ${name} = Runtime${name} as ErrorClass<Runtime${name}<${body}>>;`,
        `export type ${name} = Runtime${name}<${body}>;`,
      ].join('\n');
    }),
  };
}

/** The `REGIONS` table and `Region` type of an API served in several regions; nothing for one that is not. */
function regionsSource({ regions }: ClientFacts): string {
  if (!regions.length) return '';
  const table = regions.map(({ name, url, description }) => `${description ? `${jsDoc([description], '  ')}\n  ` : '  '}${tsLiteral(name)}: ${tsLiteral(url)},`).join('\n');
  return `
${jsDoc(["The API's server in each region, from its spec's `servers`: the `region` option picks one."])}
export const REGIONS = {
${table}
} as const;

${jsDoc(['A region the API is served in: a key of {@link REGIONS}.'])}
export type Region = keyof typeof REGIONS;

${jsDoc(["The server of `region`; throws a `ConfigurationError` for a region the API is not served in."])}
function regionUrl(region: unknown): string {
  if (typeof region === 'string' && Object.hasOwn(REGIONS, region)) return REGIONS[region as Region];
  throw new ConfigurationError('region', \`region must be one of ${regions.map(({ name }) => `"${name}"`).join(', ')}, or left out for the default (got \${JSON.stringify(region)}).\`);
}
`;
}

/** `generated/client.gen.ts`: the package's main entry. */
export function clientSource(facts: ClientFacts): string {
  const { errorBody, requestIdHeader, failing } = facts.errors;
  // A typed alias takes the class's name, so the runtime's class is imported as Runtime<Name>.
  const errors = typedErrors(facts);
  const settings = [
    `client: ${tsLiteral({ name: facts.packageName, version: facts.version })}`,
    // A region's server is the default base URL that `baseUrl` overrides.
    ...(facts.defaultBaseUrl ? [facts.regions.length ? 'defaultBaseUrl: options.region === undefined ? DEFAULT_BASE_URL : regionUrl(options.region)' : 'defaultBaseUrl: DEFAULT_BASE_URL'] : []),
    `credentials: [${facts.credentials
      .map(({ option, header, prefix }) => `{ ${tsLiteral({ option, header, ...(prefix && { scheme: prefix }) }).slice(2, -2)}, value: options.${option} }`)
      .join(', ')}]`,
    `security: ${tsLiteral(facts.security)}`,
    ...(errorBody.message.length || errorBody.code.length ? [`errorBody: ${tsLiteral(Object.fromEntries(Object.entries(errorBody).filter(([, names]) => names.length)))}`] : []),
    ...(requestIdHeader ? [`requestIdHeader: ${tsLiteral(requestIdHeader)}`] : []),
    `operations: ${operationSettings(facts)}`,
  ];
  const options = facts.credentials.map((credential) => `${credentialDoc(facts, credential)}\n  ${credential.option}${credential.required ? '' : '?'}: string;`);
  const region = facts.regions.length
    ? `${jsDoc(['The region your account is provisioned in: the client calls its server (see {@link REGIONS}). `baseUrl` overrides it.', `@defaultValue \`${tsLiteral(facts.regions[0]!.name)}\`, the first of the spec's servers`], '  ')}\n  region?: Region;\n`
    : '';
  const baseUrl = facts.defaultBaseUrl
    ? `${region}${jsDoc(['Where the API is served.', ...(servedApart(facts) ? [servedApart(facts)] : []), facts.regions.length ? '@defaultValue the server of `region`' : '@defaultValue {@link DEFAULT_BASE_URL}'], '  ')}\n  baseUrl?: string;`
    : facts.plainHttpServer
      ? `${jsDoc([`The API's https URL. Its spec names only \`${facts.plainHttpServer}\`, plain http, which would send the credentials in clear text: so there is no default.`], '  ')}\n  baseUrl: string;`
      : `${jsDoc(['The URL of your server, e.g. `https://chat.example.com`: this API is self-hosted, so it has no default.'], '  ')}\n  baseUrl: string;`;
  const failingType = failing.length ? failing.map((key) => tsLiteral(key)).join(' | ') : 'never';
  const runtimeImports = [
    'type ApiClient',
    'type BaseClientOptions',
    'createApiClient',
    'type ErrorClass',
    'type ThrowsWith',
    ...(facts.operations.some(isMultipart) ? ['formDataOf'] : []),
    ...(facts.operations.some(({ server }) => server) ? ['servedAt'] : []),
    ...(facts.regions.length ? ['ConfigurationError'] : []),
    ...errors.names.map((name) => `${name} as Runtime${name}`),
  ];
  const failureImports = failing.length
    ? `import { ${Object.entries(facts.errors.operations).flatMap(([key, { failures }]) => failures.map((_, index) => failureId(key, index))).join(', ')} } from './failures.gen.js';\n`
    : '';
  return `${header(facts)}import { ${runtimeImports.join(', ')} } from '@contactkit/runtime';
${failureImports}import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';
${facts.defaultBaseUrl ? `\n${jsDoc(["Where the API is served: the first of its spec's `servers`."])}\nexport const DEFAULT_BASE_URL = ${tsLiteral(facts.defaultBaseUrl)};\n` : ''}${regionsSource(facts)}
${jsDoc(['Options of {@link createClient}.'])}
export interface ClientOptions extends BaseClientOptions {
${options.join('\n')}
${baseUrl}
}

${jsDoc(["The operations (`<method> <path>`) whose spec declares some 2xx bodies failures: their `error` can hold such a body."])}
export type FailingOperation = ${failingType};

${jsDoc(['A client of this API; `Throws` is `true` when it was created with `throwOnError: true`.'])}
export type Client<Throws extends boolean = false> = ApiClient<paths, Throws, FailingOperation>;
${errors.declarations.length ? `\n${errors.declarations.join('\n\n')}\n` : ''}
${jsDoc([
  `Creates a typed client of the ${facts.displayName}. Throws a \`ConfigurationError\``,
  'naming the option when a credential or the base URL is missing or malformed.',
  '',
  '@example',
  `const client = createClient(${exampleOptions(facts)});`,
  `const { data, error } = await ${exampleCall(facts, 'client')};`,
])}
export function createClient<const Options extends ClientOptions>(options: Options): Client<ThrowsWith<Options>> {
  return createApiClient<paths, ThrowsWith<Options>, FailingOperation>({ ${settings.join(', ')} }, options);
}
`;
}

/** `generated/mock.gen.ts`: `startMock()`, which needs the optional peer `@contactkit/mock`. */
export function mockSource(facts: ClientFacts): string {
  return `${header(facts)}import { missingPeer } from '@contactkit/runtime';
import type { Mock, MockOptions } from '@contactkit/mock';

export type { Mock, MockOptions } from '@contactkit/mock';

${jsDoc([
  `Starts a Prism mock of the ${facts.displayName} in this process, from the spec shipped in`,
  'this package (`openapi.json`), on a free loopback port unless `options.port` is set.',
  'Needs `@contactkit/mock` in your devDependencies.',
  '',
  '@example',
  'const mock = await startMock();',
  `const client = createClient(${testOptions(facts, 'mock.url')});`,
  '// ... your tests ...',
  'await mock.stop();',
])}
export async function startMock(options?: MockOptions): Promise<Mock> {
  const { startPrismMock } = await import('@contactkit/mock').catch(missingPeer('@contactkit/mock', 'startMock'));
  return startPrismMock(new URL('../openapi.json', import.meta.url), options);
}
`;
}

/** `generated/validation.gen.ts`: opt-in request and response validation from the validators compiled at build time. */
export function validationSource(facts: ClientFacts): string {
  return `${header(facts)}import { type ResponseValidationOptions, responseValidationMiddleware, validationMiddleware } from '@contactkit/runtime/validation';
import { validators } from './validators.gen.js';

export {
  type ResponseMismatch,
  ResponseValidationError,
  type ResponseValidationOptions,
  type ValidationIssue,
  ValidationError,
} from '@contactkit/runtime/validation';

${jsDoc([
  'Opt-in request validation: a request that the spec forbids (a pattern, a',
  'length, a required field…) throws a `ValidationError` naming each field and',
  'rule before anything is sent. The validators are compiled from the spec at',
  'build time; this entry ships no schema compiler.',
  '',
  '@example',
  'const client = createClient(options);',
  'client.use(requestValidation());',
])}
export function requestValidation() {
  return validationMiddleware(validators);
}

${jsDoc([
  'Opt-in response validation: an answer that the spec does not describe (a',
  'status it does not document, a body that breaks its status\'s schema) throws a',
  '`ResponseValidationError` naming each field and rule, or with `onMismatch` set',
  'to a function is given to it and returned as usual. Such an answer means the',
  'API and its spec differ: report it. The validators are compiled from the spec',
  'at build time; this entry ships no schema compiler.',
  '',
  '@example',
  'const client = createClient(options);',
  'client.use(responseValidation({ onMismatch: (mismatch) => console.warn(mismatch) }));',
])}
export function responseValidation(options?: ResponseValidationOptions) {
  return responseValidationMiddleware(validators, options);
}
`;
}

/** `test/contract.gen.test.ts`: the contract suite of the package, against the mock vitest's global setup serves. */
export function contractTestSource(facts: ClientFacts): string {
  return `${header(facts)}// Every documented status, every stated request constraint, and the credentials.
import { contractSuite } from '@contactkit/contract';
import { inject } from 'vitest';
import { createClient } from '../generated/client.gen.js';

contractSuite({
  spec: 'openapi.json',
  client: (options) => createClient({ ${testOptions(facts, "inject('mockUrl')").slice(2, -2)}, ...options }),
  credentials: ${tsLiteral(facts.credentials.map(({ option }) => option))},
});
`;
}
