// The TypeScript of a client package, written whole from its facts: the main
// entry (createClient and its options), the mock and validation entries, and
// the contract test. No client package has hand-written source of these.
import { type ClientFacts, exampleCall, exampleOptions, sentAs, tsLiteral } from './client-facts.ts';

const header = (facts: ClientFacts) =>
  `// Generated from ${facts.specFile}, its entry in redocly.yaml and package.json by \`pnpm generate\`. Do not edit by hand.\n\n`;

/** A JSDoc block at `indent`, from lines of text. */
function jsDoc(lines: string[], indent = ''): string {
  const safe = lines.flatMap((line) => line.replaceAll('*/', '*\\/').split('\n')).map((line) => line.trimEnd());
  if (safe.length === 1) return `${indent}/** ${safe[0]} */`;
  return [`${indent}/**`, ...safe.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`].join('\n');
}

/** Options of a client against a mock at `url`, with a made-up value of each credential. */
const testOptions = (facts: ClientFacts, url: string) =>
  `{ ${[...facts.credentials.map(({ option }) => `${option}: 'test-${option}'`), `baseUrl: ${url}`].join(', ')} }`;

/** `generated/client.gen.ts`: the package's main entry. */
export function clientSource(facts: ClientFacts): string {
  const settings = [
    `client: ${tsLiteral({ name: facts.packageName, version: facts.version })}`,
    ...(facts.defaultBaseUrl ? ['defaultBaseUrl: DEFAULT_BASE_URL'] : []),
    `credentials: [${facts.credentials
      .map(({ option, header, prefix }) => `{ ${tsLiteral({ option, header, ...(prefix && { scheme: prefix }) }).slice(2, -2)}, value: options.${option} }`)
      .join(', ')}]`,
  ];
  const options = facts.credentials.map((credential) =>
    [jsDoc([`Sent as \`${sentAs(credential)}\`.`, ...(credential.description ? ['', credential.description.trim()] : [])], '  '), `  ${credential.option}: string;`].join('\n'),
  );
  const baseUrl = facts.defaultBaseUrl
    ? `${jsDoc(['Where the API is served.', '@defaultValue {@link DEFAULT_BASE_URL}'], '  ')}\n  baseUrl?: string;`
    : `${jsDoc(['The URL of your server, e.g. `https://chat.example.com`: this API is self-hosted, so it has no default.'], '  ')}\n  baseUrl: string;`;
  return `${header(facts)}import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';
${facts.defaultBaseUrl ? `\n${jsDoc(["Where the API is served: the first of its spec's `servers`."])}\nexport const DEFAULT_BASE_URL = ${tsLiteral(facts.defaultBaseUrl)};\n` : ''}
${jsDoc(['Options of {@link createClient}.'])}
export interface ClientOptions extends BaseClientOptions {
${options.join('\n')}
${baseUrl}
}

${jsDoc([
  `Creates a typed client of the ${facts.displayName}. Throws a \`ConfigurationError\``,
  'naming the option when a credential or the base URL is missing or malformed.',
  '',
  '@example',
  `const client = createClient(${exampleOptions(facts)});`,
  `const { data, error } = await ${exampleCall(facts, 'client')};`,
])}
export function createClient(options: ClientOptions) {
  return createApiClient<paths>({ ${settings.join(', ')} }, options);
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

/** `generated/validation.gen.ts`: opt-in request validation from the validators compiled at build time. */
export function validationSource(facts: ClientFacts): string {
  return `${header(facts)}import { validationMiddleware } from '@contactkit/runtime/validation';
import { validators } from './validators.gen.js';

export { type ValidationIssue, ValidationError } from '@contactkit/runtime/validation';

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
