// A client package's README.md, written whole from its facts and the
// runtime's types: install, a typed example, every operation, every option
// with its default, every error class, the validation and mock entries.
import { type ClientFacts, exampleCall, exampleOptions, sentAs } from './client-facts.ts';
import { baseClientOptions, errorClasses } from './runtime-reference.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function optionRows(facts: ClientFacts): string[][] {
  const credentials = facts.credentials.map((credential) => [
    `\`${credential.option}\``,
    '`string`',
    'required',
    `the \`${credential.scheme}\` credential, sent as \`${sentAs(credential)}\``,
  ]);
  const baseUrl = facts.defaultBaseUrl
    ? ['`baseUrl`', '`string`', `\`${facts.defaultBaseUrl}\``, 'where the API is served']
    : ['`baseUrl`', '`string`', 'required', 'your server: this API is self-hosted'];
  const shared = baseClientOptions()
    .filter(({ name }) => name !== 'baseUrl')
    .map(({ name, type, defaultValue, description }) => [`\`${name}\``, `\`${type}\``, defaultValue ?? '', description]);
  return [...credentials, baseUrl, ...shared];
}

/** The package's README.md. */
export function packageReadme(facts: ClientFacts): string {
  const { packageName, displayName } = facts;
  const errors = errorClasses().map(({ name, extends: base, summary }) => [`\`${name}\``, base ? `\`${base}\`` : '', summary]);
  const operations = facts.operations.map(({ method, path, operationId, summary }) => [method, `\`${path}\``, `\`${operationId}\``, summary ?? '']);
  return `<!-- Generated from ${facts.specFile}, its entry in redocly.yaml and the runtime's types by \`pnpm generate\`. Do not edit by hand. -->
# ${packageName}

Typed client for the ${displayName}, generated from [its OpenAPI document](../../${facts.specFile}).
Every call is typed from the spec: paths, parameters, bodies, and the \`data\`
or \`error\` of each documented status.

\`\`\`sh
pnpm add ${packageName}
\`\`\`

\`\`\`ts
import { createClient } from '${packageName}';

const client = createClient(${exampleOptions(facts)});
const { data, error } = await ${exampleCall(facts, 'client')};
if (error) console.error(error);
else console.log(data);
\`\`\`

## Operations

${table(['method', 'path', 'operation', 'summary'], operations)}

## Options

\`createClient(options)\` checks its options at once and throws a
\`ConfigurationError\` naming the first one that is missing or malformed.

${table(['option', 'type', 'default', 'what it does'], optionRows(facts))}

## Errors

Every class is exported by this package. HTTP errors come back as \`error\`,
typed per documented status, unless \`throwOnError\` is set.

${table(['class', 'extends', 'when'], errors)}

## Request validation

\`\`\`ts
import { requestValidation } from '${packageName}/validation';

client.use(requestValidation());
\`\`\`

A request the spec forbids throws a \`ValidationError\` naming each field and
rule, before anything is sent. The validators are compiled from the spec when
the package is built: this entry ships no schema compiler.

## Mock it in your tests

\`\`\`sh
pnpm add -D @contactkit/mock
\`\`\`

\`\`\`ts
import { startMock } from '${packageName}/mock';

const mock = await startMock(); // a Prism mock of the shipped spec, on a free loopback port
const mocked = createClient({ ${[...facts.credentials.map(({ option }) => `${option}: 'test'`), 'baseUrl: mock.url'].join(', ')} });
// ... your tests ...
await mock.stop();
\`\`\`

\`pnpm exec contactkit-mock\` (or \`npx contactkit-mock\`) serves a mock of
every \`@contactkit\` client installed in your project. The bundled spec is
also exported as \`${packageName}/openapi.json\`.
`;
}
