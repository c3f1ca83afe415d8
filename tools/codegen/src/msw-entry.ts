// `generated/msw.gen.ts`: the in-process mock of a client's API as msw 2
// request handlers (`handlers()`), answering the spec's documented examples,
// and msw's `http` typed from the API's paths for a test's own answers.
import { type ClientFacts, generatedHeader, tsLiteral } from './client-facts.ts';
import type { MockResources } from './mock-resources.ts';
import type { Operation } from './spec.ts';

/** The header names of each alternative of `operation`'s security. */
function credentialHeaders(facts: ClientFacts, operation: Operation): string[][] {
  const headerOf = Object.fromEntries(facts.credentials.map(({ scheme, header }) => [scheme, header]));
  return operation.security.map((schemes) => schemes.map((scheme) => headerOf[scheme]!));
}

/** The query parameters of `operation` that are not text on the wire, and how to read them. */
function queryTypes(operation: Operation): Record<string, string> {
  const types: Record<string, string> = {};
  for (const { name, in: where, schema } of operation.parameters) {
    const type = Array.isArray(schema.type) ? schema.type.find((one) => one !== 'null') : schema.type;
    if (where === 'query' && (type === 'integer' || type === 'number' || type === 'boolean' || type === 'array')) types[name] = type;
  }
  return types;
}

function operationLiteral(facts: ClientFacts, operation: Operation, { roles }: MockResources): string {
  const store = roles[operation.operationId];
  const key = `${operation.method} ${operation.path}`;
  const answers = Object.fromEntries(operation.responses.map(({ status, examples }) => [status, examples.map(({ name, value }) => (name ? { name, value } : { value }))]));
  const types = queryTypes(operation);
  return [
    `  {`,
    `    method: '${operation.method}',`,
    `    path: ${tsLiteral(operation.path)},`,
    `    credentials: ${JSON.stringify(credentialHeaders(facts, operation))},`,
    `    answers: ${JSON.stringify(answers)},`,
    ...(Object.keys(types).length ? [`    queryTypes: ${JSON.stringify(types)},`] : []),
    `    validators: validators[${tsLiteral(key)}],`,
    ...(operation.body?.required ? ['    bodyRequired: true,'] : []),
    ...(store ? [`    store: ${JSON.stringify(store)},`] : []),
    `  },`,
  ].join('\n');
}

export function mswSource(facts: ClientFacts, resources: MockResources): string {
  const base = facts.defaultBaseUrl;
  const parameter = base ? `baseUrl: string = ${tsLiteral(base)}` : 'baseUrl: string';
  const records = resources.resources.map(({ name }) => `  ${tsLiteral(name)}: NonNullable<components['schemas'][${tsLiteral(name)}]>;`);
  return `${generatedHeader(facts)}import type { HttpHandler } from 'msw';
import { MockData, type MockDataOptions, type MockResource, type MswOperation, type MswOptions, mswHandlers } from '@contactkit/mock/msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { ${records.length ? 'components, ' : ''}paths } from './schema.gen.js';
import { validators } from './validators.gen.js';

const operations: MswOperation[] = [
${facts.operations.map((operation) => operationLiteral(facts, operation, resources)).join('\n')}
];

const resources: MockResource[] = ${JSON.stringify(resources.resources)};

/** The records of the mock, by resource: what \`createMockData()\` takes and \`MockData\` answers. */
export type MockRecords = {
${records.join('\n')}
};

/**
 * Records for \`handlers(baseUrl, { data })\`: the records the spec's documented
 * answers show (unless \`{ examples: false }\`) and \`seed\`, each checked against
 * the spec (a field that does not fit throws, naming it). The handlers then store
 * what a test creates and answer reads by id from the records.${records.length ? '' : '\n * This API\'s spec links no operations, so its mock keeps no records.'}
 */
export function createMockData(seed: { [Name in keyof MockRecords]?: MockRecords[Name][] } = {}, options: MockDataOptions = {}): MockData<MockRecords> {
  return new MockData<MockRecords>(resources, operations, seed, options);
}

/**
 * Request handlers (msw 2) of every operation of the ${facts.displayName}, served under
 * \`baseUrl\`${base ? ` (the spec's server, ${base}, unless given)` : ''}: each answers its first documented example,
 * the documented 401 without the credentials it needs, and the documented 400 (or a 422 problem)
 * to a request the spec forbids, naming the field and the rule in \`x-mock-violations\`.
 * With \`{ data: createMockData() }\` they answer from records instead: what a test creates it reads back.
 * Needs \`msw\`, \`openapi-msw\` and \`@contactkit/mock\` in your devDependencies.
 */
export function handlers(${parameter}, options: Omit<MswOptions, 'data'> & { data?: MockData<MockRecords> } = {}): HttpHandler[] {
  return mswHandlers(baseUrl, operations, options as MswOptions);
}

/** msw's \`http\`, typed from this API's paths, for answers of your own: \`server.use(typedHttp(baseUrl).get(path, resolver))\`. */
export const typedHttp = (${parameter}) => createOpenApiHttp<paths>({ baseUrl });
`;
}
