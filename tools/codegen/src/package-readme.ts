// A client package's README.md, written whole from its facts and the
// runtime's types: install, a typed example, every operation, every option
// with its default, every error class, the validation and mock entries.
import { type ClientFacts, exampleCall, exampleOptions, sentAs, servedApart } from './client-facts.ts';
import type { MockResources } from './mock-resources.ts';
import type { PagedOperation } from './paginate-entry.ts';
import { pagingReadme } from './paging-readme.ts';
import type { PolledOperation } from './poll-entry.ts';
import { jobsReadme } from './poll-readme.ts';
import { recordsReadme } from './records-readme.ts';
import { regionsReadme } from './regions-readme.ts';
import { uploadReadme } from './upload-readme.ts';
import { versionsReadme } from './versions-readme.ts';
import { baseClientOptions, errorClasses } from './runtime-reference.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function optionRows(facts: ClientFacts): string[][] {
  // An option that not every operation needs is optional: the calls that need it refuse to go without it.
  const credentials = facts.credentials.map((credential) => [
    `\`${credential.option}\``,
    '`string`',
    credential.required ? 'required' : 'none',
    `the \`${credential.scheme}\` credential, sent as \`${sentAs(credential)}\`${
      credential.required
        ? ''
        : `, only for ${credential.usedBy.map((operationId) => `\`${operationId}\``).join(', ')}: without it, ${credential.usedBy.length > 1 ? 'those calls throw' : 'that call throws'} a \`ConfigurationError\` before sending`
    }`,
  ]);
  const regions = facts.regions.map(({ name }) => `'${name}'`);
  const region = regions.length
    ? [['`region`', `\`${regions.join(' | ')}\``, `\`${regions[0]}\``, `the region your account is provisioned in: picks its server (${facts.regions.map(({ name, url }) => `\`${name}\` ${url}`).join(', ')}); \`baseUrl\` overrides it`]]
    : [];
  const baseUrl = facts.defaultBaseUrl
    ? ['`baseUrl`', '`string`', regions.length ? "the server of `region`" : `\`${facts.defaultBaseUrl}\``, ['where the API is served', servedApart(facts)].filter(Boolean).join('. ')]
    : facts.plainHttpServer
      ? ['`baseUrl`', '`string`', 'required', `the API's https URL: its spec names only \`${facts.plainHttpServer}\`, plain http, which would expose the credentials`]
      : ['`baseUrl`', '`string`', 'required', 'your server: this API is self-hosted'];
  const shared = baseClientOptions()
    .filter(({ name }) => name !== 'baseUrl')
    .map(({ name, type, defaultValue, description }) => [`\`${name}\``, `\`${type}\``, defaultValue ?? '', description]);
  return [...credentials, ...region, baseUrl, ...shared];
}

/**
 * "Check the spec against your account": a vitest test users copy, run with
 * their own credentials and skipped without them, that calls the spec's
 * first read operation with response validation on. An API without one gets
 * the test with the call left to the user: every call of it changes data.
 */
function specCheck(facts: ClientFacts): string {
  const { packageName } = facts;
  const options = exampleOptions(facts);
  // The same environment variables as the first example reads.
  const env = [...options.matchAll(/process\.env\.(\w+)/g)].map((match) => match[1]!);
  const set = env.map((name) => `process.env.${name}`);
  const test = !set.length ? 'it' : set.length > 1 ? `it.skipIf(!(${set.join(' && ')}))` : `it.skipIf(!${set[0]})`;
  const read = facts.operations.some(({ method }) => method === 'GET');
  const [what, call] = read
    ? [
        "It calls the spec's first read operation with the spec's example ids, which\nyour account most likely lacks: put in yours to check a found answer too.",
        `await ${exampleCall(facts, 'client')};`,
      ]
    : [
        'This API documents no read operation: every call changes data in your\naccount, so put in the test a call whose effect you can undo.',
        `// A call whose effect you can undo, e.g. client.${facts.operations[0]?.method ?? 'POST'}(…).`,
      ];
  return `### Check the spec against your account

This client's spec is written by hand, so the live API may answer otherwise.
To check, copy this test into your project and run it with your credentials
set; without them it is skipped.
${what}

\`\`\`ts
// spec-check.test.ts
import { describe, it } from 'vitest';
import * as contacts from '${packageName}';
import { responseValidation } from '${packageName}/validation';

describe('${packageName} against my account', () => {
  ${test}('answers as its spec says', async () => {
    const client = contacts.createClient(${options});
    // Throws a ResponseValidationError naming each way an answer differs from the spec.
    client.use(responseValidation());
    ${call}
  });
});
\`\`\`

\`\`\`sh
${env.map((name) => `${name}=…`).join(' ')} npx vitest run spec-check
\`\`\`

A \`ResponseValidationError\` there means the API and its spec differ: please
report it, with its message.`;
}

/** The package's README.md; `paged` are its paged operations, for the Paging section, and `polled` those that start a job, for the Jobs section. */
export function packageReadme(facts: ClientFacts, paged: PagedOperation[], polled: PolledOperation[], resources: MockResources): string {
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

Each call takes \`timeoutMs\`, \`totalTimeoutMs\`, \`maxRetries\`, \`retry\`
(\`true\` retries it whatever its method, \`false\` never), \`throwOnError\`,
\`signal\` and \`headers\` beside its \`params\` and \`body\`, checked as the
client's are. With \`throwOnError: true\`, the client's or the call's, \`data\`
is typed as always there:

\`\`\`ts
const { data: found } = await ${exampleCall(facts, 'client', { timeoutMs: 5000, throwOnError: true })};
\`\`\`

## Errors

Every class is exported by this package. HTTP errors come back as \`error\`,
typed per documented status, unless \`throwOnError\` is set; then they are
thrown by status family, each class's \`body\` typed as this API documents it.
No error holds the filled URL or a credential.

${table(['class', 'extends', 'when'], errors)}

\`\`\`ts
import { HttpError, NetworkError } from '${packageName}';

try {
  await ${exampleCall(facts, 'client', { throwOnError: true })};
} catch (failure) {
  if (failure instanceof HttpError) console.error(failure.status, failure.code, failure.body);
  else if (failure instanceof NetworkError) console.error('no answer', failure.code);
  else throw failure;
}
\`\`\`

## Request and response validation

\`\`\`ts
import { requestValidation } from '${packageName}/validation';

client.use(requestValidation());
\`\`\`

A request the spec forbids throws a \`ValidationError\` naming each field and
rule, before anything is sent. The validators are compiled from the spec when
the package is built: this entry ships no schema compiler.

\`responseValidation()\`, from the same entry, checks each answer instead: a
status the spec does not document (unless it has a \`default\`), or a body that
breaks its status's schema, throws a \`ResponseValidationError\` naming each
field and rule. With \`responseValidation({ onMismatch: (mismatch) => … })\` such
an answer is given to your function and returned as usual, e.g. to log it in
production.

${specCheck(facts)}

## Pace it under a rate limit

\`\`\`ts
import { throttle } from '${packageName}/throttle';

// At most 60 attempts a minute, shared by every client given this throttle.
const perAccount = throttle({ limit: 60, intervalMs: 60_000 });
const paced = createClient(${exampleOptions(facts).slice(0, -2)}, throttle: perAccount });
\`\`\`

The throttle counts every attempt, retries included, and waits in order; a
call whose \`signal\` aborts while it waits leaves the queue at once. It is
built on Bottleneck, in an entry of its own: clients that do not pace their
requests do not ship it.
${regionsReadme(facts)}${versionsReadme(facts)}${pagingReadme(facts, paged)}${jobsReadme(facts, polled)}${uploadReadme(facts)}
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

### In the test's own process, with msw

\`\`\`sh
npm pkg set 'pnpm.ignoredBuiltDependencies[]=msw'  # with npm instead: npm pkg set allowScripts.msw=false --json
pnpm add -D @contactkit/mock msw@2 openapi-msw
\`\`\`

The first line skips msw's postinstall, which only copies its service worker
for browsers: pnpm 10 and npm 11.19 hold it back and warn otherwise. msw 3
is not supported yet (\`openapi-msw\` 2 needs msw 2).

\`\`\`ts
import { setupServer } from 'msw/node';
import { handlers } from '${packageName}/msw';

const server = setupServer(...handlers(${facts.defaultBaseUrl ? '' : "'https://api.example.test'"}));
server.listen();
const inProcess = createClient({ ${[...facts.credentials.map(({ option }) => `${option}: 'test'`), ...(facts.defaultBaseUrl ? [] : ["baseUrl: 'https://api.example.test'"])].join(', ')} });
// ... your tests ...
server.close();
\`\`\`

Every operation answers its first documented example; \`Prefer: code=404, example=<name>\`
picks another documented answer, as with Prism. A request the spec forbids
gets the documented 400 (or a 422 problem), naming each broken field and rule
in its \`x-mock-violations\` header, and one without the credentials its
operation needs gets the documented 401. \`typedHttp(baseUrl)\` is msw's
\`http\` typed from this API's paths, for answers of your own
(\`server.use(typedHttp(url).get(path, resolver))\`).
${recordsReadme(facts, resources)}`;
}
