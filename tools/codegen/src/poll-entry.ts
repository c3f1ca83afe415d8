// The poll entry of a client package: `startJob` and `waitForJob`, one typed
// overload each per operation whose spec declares `x-contactkit-poll`. Each
// extension is checked here against the spec (the poll operation, its path
// parameters, the pointers into both answers, the status lists against the
// status enum), so that a job the client could not follow fails the build,
// not the user's first wait.
import type { ClientFacts } from './client-facts.ts';
import { exampleParams, generatedHeader, tsLiteral } from './client-facts.ts';
import { typesOf, walk } from './schema-pointer.ts';
import { type OpenApiDocument, type Operation, resolve } from './spec.ts';

/** What a start operation's `x-contactkit-poll` says. */
export interface PollExtension {
  /** The GET that reads the job. */
  operationId: string;
  /** Path parameters of the poll, from pointers into the start answer's body. */
  parameters: Record<string, string>;
  /** Pointer to the job's status in both answers. */
  status: string;
  succeeded: string[];
  failed: string[];
  pending: string[];
}

/** An operation that starts a job, its extension checked against the spec. */
export interface PolledOperation {
  /** The operation that starts the job. */
  operation: Operation;
  /** The GET that reads it. */
  poll: Operation;
  extension: PollExtension;
  /** The type of the start answer's body, in the generated `paths`. */
  jobType: string;
  /** The type of the poll answer's body. */
  finalType: string;
  /** The type of the poll's path parameters: the job's ids. */
  idsType: string;
  /** The \`init\` of an example call from the spec's examples; absent when its body is not JSON or a required value has no example. */
  exampleInit?: Record<string, unknown>;
}

const KEYS = ['operationId', 'parameters', 'status', 'succeeded', 'failed', 'pending'] as const;
const LISTS = ['succeeded', 'failed', 'pending'] as const;

const pathParameters = (operation: Operation) => operation.parameters.filter((parameter) => parameter.in === 'path').map(({ name }) => name);
const quoted = (names: readonly unknown[]) => names.map((name) => `"${name}"`).join(', ');

/** The init of a call of `operation` from its required parameters' and its body's examples; `undefined` when one is missing. */
function exampleInitOf(operation: Operation): Record<string, unknown> | undefined {
  const required = operation.parameters.filter((parameter) => parameter.required);
  if (required.some((parameter) => parameter.example === undefined) || (operation.body && operation.body.example === undefined)) return undefined;
  const params = exampleParams(operation);
  return { ...(Object.keys(params).length && { params }), ...(operation.body && { body: operation.body.example }) };
}

/** The operations of a spec that start a job, each `x-contactkit-poll` checked; throws naming the spec, operation and fix. */
export function polledOperations(document: OpenApiDocument, facts: Pick<ClientFacts, 'specFile' | 'operations'>): PolledOperation[] {
  return facts.operations.flatMap((operation) => {
    const item = resolve(document, document.paths[operation.path]) as Record<string, Record<string, unknown> | undefined>;
    const raw = item?.[operation.method.toLowerCase()]?.['x-contactkit-poll'];
    if (raw === undefined) return [];
    const requestBody = item![operation.method.toLowerCase()]!.requestBody as { content?: Record<string, unknown> } | undefined;
    const fail = (what: string): never => {
      throw new Error(`${facts.specFile}: x-contactkit-poll of ${operation.operationId} (${operation.method} ${operation.path}) ${what}.`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(`must be an object with ${KEYS.join(', ')}`);
    const extension = raw as PollExtension;
    const unknown = Object.keys(extension).filter((key) => !(KEYS as readonly string[]).includes(key));
    if (unknown.length) fail(`has unknown key ${quoted(unknown)}: its keys are ${KEYS.join(', ')}`);

    const gets = facts.operations.filter(({ method }) => method === 'GET');
    const poll = facts.operations.find(({ operationId }) => operationId === extension.operationId);
    if (!poll) fail(`operationId ${JSON.stringify(extension.operationId)} names no operation of the spec (its GET operations: ${gets.map(({ operationId }) => operationId).join(', ') || 'none'}); name the GET that reads the job`);
    if (poll!.method !== 'GET') fail(`operationId "${poll!.operationId}" must name a GET that reads the job (it is ${poll!.method} ${poll!.path})`);

    const answer = (of: Operation, what: string) => {
      const found = of.responses.find(({ status, schema }) => status >= 200 && status < 300 && schema);
      if (!found) fail(`needs a 2xx response of ${of.operationId} with an application/json schema: document ${what}`);
      return { status: found!.status, schema: found!.schema!, type: `paths[${tsLiteral(of.path)}][${tsLiteral(of.method.toLowerCase())}]['responses'][${found!.status}]['content']['application/json']` };
    };
    const started = answer(operation, 'the job it answers with');
    const polled = answer(poll!, 'the job it reads');
    const at = (key: string, pointer: unknown, where: typeof started, want: string, fits: (types: string[]) => boolean) => {
      if (typeof pointer !== 'string' || !pointer.startsWith('/')) return fail(`${key} must be a JSON Pointer into the ${where.status} JSON body, such as "/id" (got ${JSON.stringify(pointer)})`);
      const walked = walk(where.schema, pointer, where.type);
      if ('missing' in walked) return fail(`${key} "${pointer}" points at nothing in the ${where.status} application/json schema: ${walked.missing}; fix the pointer or the schema`);
      const types = typesOf(walked.schema);
      if (!fits(types)) fail(`${key} "${pointer}" must point at ${want} in the ${where.status} application/json schema (it is ${types.length ? `type ${types.join(' or ')}` : 'of no type'})`);
      return walked.schema;
    };

    // Every path parameter of the poll comes from the start answer, or from the start call's own path.
    const parameters = extension.parameters ?? {};
    if (typeof parameters !== 'object' || Array.isArray(parameters)) fail('parameters must map path parameters of the poll to pointers into the start answer, e.g. `batchId: /id`');
    const pollParameters = pathParameters(poll!);
    const startParameters = pathParameters(operation);
    for (const [name, pointer] of Object.entries(parameters)) {
      if (!pollParameters.includes(name)) fail(`parameters names "${name}", which is not a path parameter of ${poll!.operationId} (its path parameters: ${pollParameters.join(', ') || 'none'}); fix the name`);
      at(`parameters.${name}`, pointer, started, 'a string or integer schema', (types) => types.includes('string') || types.includes('integer'));
    }
    const uncovered = pollParameters.filter((name) => !(name in parameters) && !startParameters.includes(name));
    if (uncovered.length) {
      fail(
        `leaves the path parameter ${quoted(uncovered)} of ${poll!.operationId} with no value: map ${uncovered.length > 1 ? 'each' : 'it'} in parameters to a pointer into the ${started.status} body (e.g. ${uncovered[0]}: /id), or give ${operation.operationId} a path parameter of that name (its path parameters: ${startParameters.join(', ') || 'none'})`,
      );
    }

    // The status lists: given, apart, and covering the status enum both answers declare.
    for (const key of LISTS) {
      const list = extension[key];
      if (!Array.isArray(list) || !list.every((status) => typeof status === 'string' && status)) fail(`${key} must be a list of statuses, e.g. [${key === 'succeeded' ? 'completed' : key === 'failed' ? 'failed' : 'queued'}] (got ${JSON.stringify(list)})`);
    }
    if (!extension.succeeded.length) fail('succeeded must list at least one status: the one a job that is done and succeeded has');
    for (const [index, key] of LISTS.entries()) {
      for (const other of LISTS.slice(index + 1)) {
        const both = extension[key].filter((status) => extension[other].includes(status));
        if (both.length) fail(`lists ${quoted(both)} in both ${key} and ${other}: a status is in one list only`);
      }
    }
    const listed = LISTS.flatMap((key) => extension[key]);
    for (const where of [started, polled]) {
      const schema = at('status', extension.status, where, 'a string schema', (types) => types.includes('string'));
      if (!schema.enum) continue;
      const outside = listed.filter((status) => !schema.enum!.includes(status));
      if (outside.length) fail(`lists ${quoted(outside)}, not in the status enum of the ${where.status} application/json schema (its values: ${schema.enum.join(', ')}); fix the spelling, or add ${outside.length > 1 ? 'them' : 'it'} to the enum`);
      const unplaced = schema.enum.filter((status) => !listed.includes(status as string));
      if (unplaced.length) fail(`places the status ${quoted(unplaced)} of the ${where.status} status enum in none of succeeded, failed, pending: add ${unplaced.length > 1 ? 'each' : 'it'} to the list it belongs to`);
    }
    const pollPath = `paths[${tsLiteral(poll!.path)}]['get']`;
    const exampleInit = !requestBody || requestBody.content?.['application/json'] ? exampleInitOf(operation) : undefined;
    return [{ operation, poll: poll!, extension, jobType: started.type, finalType: polled.type, idsType: `${pollPath}['parameters']['path']`, ...(exampleInit && { exampleInit }) }];
  });
}

/** A JSDoc block from lines of text. */
const jsDoc = (lines: string[]) => ['/**', ...lines.map((line) => (line ? ` * ${line.replaceAll('*/', '*\\/')}` : ' *')), ' */'].join('\n');

const REEXPORTS = "export { JobAnswerError, JobError, JobFailedError, JobTimeoutError, type StartedJob, type WaitOptions } from '@contactkit/runtime/poll';";

/** `generated/poll.gen.ts`: `startJob` and `waitForJob`, typed per operation that starts a job, and the runtime's job types and errors. */
export function pollSource(facts: ClientFacts, polled: PolledOperation[]): string {
  const header = generatedHeader(facts);
  if (!polled.length) {
    const refuse = `throw new ConfigurationError('path', \`path must be an operation of the ${facts.displayName} that starts a job, which documents none (got "\${String(method)} \${String(path)}").\`);`;
    return `${header}import { ConfigurationError } from '@contactkit/runtime/public';
import type { StartedJob } from '@contactkit/runtime/poll';
import type { Client } from './client.gen.js';

${REEXPORTS}

// \`method\` and \`path\` are \`never\` rather than the exports left out: the entry
// and its exports stay those of every client, and a call fails to compile at
// the argument the API does not have, not at the import.
${jsDoc([
  `The ${facts.displayName} documents no operation that starts a job (no`,
  '`x-contactkit-poll` in its spec), so there is nothing to pass to',
  '`startJob`: every call of it is a type error, and throws a',
  '`ConfigurationError` if made anyway. The entry is here so that every',
  'client package has the same entries.',
])}
export function startJob(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Promise<StartedJob<never, never, never>> {
  ${refuse}
}

${jsDoc([`As {@link startJob}: the ${facts.displayName} has no job to wait for.`])}
export function waitForJob(client: Pick<Client, 'request'>, method: never, path: never, ids: never, options?: never): Promise<never> {
  ${refuse}
}
`;
  }
  const specs = Object.fromEntries(
    polled.map(({ operation, poll, extension: { operationId: _, ...rest } }) => [`${operation.method} ${operation.path}`, { operationId: poll.operationId, path: poll.path, ...rest, parameters: rest.parameters ?? {} }]),
  );
  const overloads = (render: (entry: PolledOperation, signature: string) => string) =>
    polled.map((entry) => render(entry, `client: Pick<Client, 'request'>, method: ${tsLiteral(entry.operation.method)}, path: ${tsLiteral(entry.operation.path)}`)).join('\n\n');
  const what = ({ operation }: PolledOperation) => `${operation.summary ? `${operation.summary.replace(/\.$/, '')} (\`${operation.operationId}\`)` : `\`${operation.operationId}\``}`;
  const starts = overloads(
    (entry, signature) => `${jsDoc([
      `${what(entry)}: starts the job, and gives the job it answers with, its \`ids\`, and`,
      `\`wait()\`, which reads it with \`${entry.poll.operationId}\` until it is done.`,
    ])}
export function startJob(${signature}, ...init: JobInitArgs<paths[${tsLiteral(entry.operation.path)}], ${tsLiteral(entry.operation.method.toLowerCase())}>): Promise<StartedJob<${entry.jobType}, ${entry.finalType}, ${entry.idsType}>>;`,
  );
  const waits = overloads(
    (entry, signature) => `${jsDoc([
      `Waits for a job of \`${entry.operation.operationId}\`${entry.operation.summary ? ` (${entry.operation.summary.replace(/\.$/, '')})` : ''}, by its \`ids\`, e.g. stored`,
      `from \`startJob\`'s answer: reads it with \`${entry.poll.operationId}\` until it is done.`,
    ])}
export function waitForJob(${signature}, ids: ${entry.idsType}, options?: WaitOptions<${entry.finalType}>): Promise<${entry.finalType}>;`,
  );
  const known = polled.map(({ operation }) => `${operation.method} ${operation.path}`).join(', ');
  return `${header}import type { CallOptions } from '@contactkit/runtime';
import { type JobInitArgs, type PollSpec, type StartedJob, startJob as start, type WaitOptions, waitForJob as wait } from '@contactkit/runtime/poll';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

${REEXPORTS}

// Each start operation's x-contactkit-poll, by \`<METHOD> <path>\`, with the poll's path.
const operations: Readonly<Record<string, PollSpec>> = ${tsLiteral(specs)};

/** The poll spec of the operation that starts a job; throws for any other. */
function pollSpec(method: string, path: string): PollSpec {
  const spec = operations[\`\${method} \${path}\`];
  if (!spec) throw new ConfigurationError('path', \`path must be an operation of the ${facts.displayName} that starts a job: ${known} (got "\${method} \${path}").\`);
  return spec;
}

${starts}
export function startJob(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Promise<StartedJob<unknown, unknown, unknown>> {
  return start(client, method, path, init, pollSpec(method, path));
}

${waits}
export function waitForJob<Final>(client: Pick<Client, 'request'>, method: string, path: string, ids: Readonly<Record<string, unknown>>, options?: WaitOptions<Final>): Promise<Final> {
  return wait(client, method, path, ids, pollSpec(method, path), options);
}
`;
}
