// `x-contactkit-poll` is checked when the client is generated: the poll
// operation must be a GET of the spec whose path parameters all get a value,
// every pointer must resolve in the start answer's and the poll answer's
// JSON schemas, and the status lists must be apart and cover the status
// enum exactly. An error names the spec, the operation and what to fix.
import { describe, expect, it } from 'vitest';
import type { ClientFacts } from '../src/client-facts.ts';
import { polledOperations, pollSource } from '../src/poll-entry.ts';
import { jobsReadme } from '../src/poll-readme.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';

const extension = {
  operationId: 'getBatchById',
  parameters: { batchId: '/id' },
  status: '/status',
  succeeded: ['completed'],
  failed: ['failed', 'stopped', 'timeout'],
  pending: ['queued', 'inProgress'],
};

const statusEnum = ['queued', 'inProgress', 'failed', 'completed', 'stopped', 'timeout'];
const batchJob = (status: object = { type: 'string', enum: statusEnum }) => ({ type: 'object', properties: { id: { type: 'string', format: 'uuid' }, status, createdAt: { type: 'string' } } });
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, example: `${name}-1` });
const json = (schema: object, description = 'The job.') => ({ description, content: { 'application/json': { schema } } });

interface Options {
  /** The start operation's 202 answer. */
  accepted?: object;
  /** The poll's 200 answer. */
  read?: object;
  /** The poll's method. */
  pollMethod?: string;
  /** The poll's path parameters. */
  pollParameters?: object[];
}

/** A spec whose `POST /accounts/{accountId}/contacts/batch` starts a job with `poll`, read by `GET /accounts/{accountId}/batches/{batchId}`. */
function documentWith(poll: unknown, { accepted = json(batchJob()), read = json(batchJob()), pollMethod = 'get', pollParameters = [path('accountId'), path('batchId')] }: Options = {}): OpenApiDocument {
  return {
    paths: {
      '/accounts/{accountId}/contacts/batch': {
        parameters: [path('accountId')],
        post: {
          operationId: 'deleteContactsInBatch',
          summary: 'Batch delete contacts',
          'x-contactkit-poll': poll,
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } } } }, example: { ids: ['c-1'] } } } },
          responses: { '202': accepted, '400': { description: 'Bad.' } },
        },
      },
      '/accounts/{accountId}/batches/{batchId}': {
        parameters: pollParameters,
        [pollMethod]: { operationId: 'getBatchById', responses: { '200': read, '404': { description: 'No such job.' } } },
      },
      '/accounts/{accountId}/batches': { get: { operationId: 'getBatches', responses: { '200': json({ type: 'array', items: batchJob() }) } } },
    },
  } as unknown as OpenApiDocument;
}

const polled = (document: OpenApiDocument) => polledOperations(document, { specFile: 'specs/acme/openapi.yaml', operations: listOperations(document) });

const START = "paths['/accounts/{accountId}/contacts/batch']['post']";
const POLL = "paths['/accounts/{accountId}/batches/{batchId}']['get']";

describe('a valid x-contactkit-poll', () => {
  it('gives the start operation, its poll, and the types of the job, the final job and the ids', () => {
    const [found, ...others] = polled(documentWith(extension));
    expect(others).toEqual([]);
    expect(found?.operation.operationId).toBe('deleteContactsInBatch');
    expect(found?.poll).toMatchObject({ operationId: 'getBatchById', method: 'GET', path: '/accounts/{accountId}/batches/{batchId}' });
    expect(found?.extension).toEqual(extension);
    expect(found?.jobType).toBe(`${START}['responses'][202]['content']['application/json']`);
    expect(found?.finalType).toBe(`${POLL}['responses'][200]['content']['application/json']`);
    expect(found?.idsType).toBe(`${POLL}['parameters']['path']`);
    expect(found?.exampleInit).toEqual({ params: { path: { accountId: 'accountId-1' } }, body: { ids: ['c-1'] } });
  });

  it.each([
    { case: 'a status with no enum', options: { accepted: json(batchJob({ type: 'string' })), read: json(batchJob({ type: 'string' })) } },
    { case: 'every path parameter of the poll from the start answer', given: { ...extension, parameters: { accountId: '/id', batchId: '/id' } } },
    { case: 'a status enum that also allows null', options: { read: json(batchJob({ type: ['string', 'null'], enum: statusEnum })) } },
  ])('accepts $case', ({ given = extension, options }) => {
    expect(polled(documentWith(given, options))).toHaveLength(1);
  });

  it('leaves out an operation without the extension', () => {
    expect(polled(documentWith(undefined))).toEqual([]);
  });
});

describe('an x-contactkit-poll that does not fit the spec is refused, naming spec, operation and fix', () => {
  const prefix = 'specs/acme/openapi.yaml: x-contactkit-poll of deleteContactsInBatch (POST /accounts/{accountId}/contacts/batch) ';
  it.each([
    { case: 'not an object', given: 'getBatchById', want: 'must be an object with operationId, parameters, status, succeeded, failed, pending.' },
    { case: 'a misspelt key', given: { ...extension, succeded: ['completed'] }, want: 'has unknown key "succeded": its keys are operationId, parameters, status, succeeded, failed, pending.' },
    { case: 'a poll operation the spec does not have', given: { ...extension, operationId: 'get-batch-by-id' }, want: 'operationId "get-batch-by-id" names no operation of the spec (its GET operations: getBatchById, getBatches); name the GET that reads the job.' },
    { case: 'a poll operation that is not a GET', given: { ...extension, operationId: 'deleteContactsInBatch' }, want: 'operationId "deleteContactsInBatch" must name a GET that reads the job (it is POST /accounts/{accountId}/contacts/batch).' },
    { case: 'parameters naming no path parameter of the poll', given: { ...extension, parameters: { batch: '/id' } }, want: 'parameters names "batch", which is not a path parameter of getBatchById (its path parameters: accountId, batchId); fix the name.' },
    { case: 'a path parameter of the poll with no value', given: { ...extension, parameters: {} }, want: 'leaves the path parameter "batchId" of getBatchById with no value: map it in parameters to a pointer into the 202 body (e.g. batchId: /id), or give deleteContactsInBatch a path parameter of that name (its path parameters: accountId).' },
    { case: 'no parameters at all', given: { ...extension, parameters: undefined }, want: 'leaves the path parameter "batchId" of getBatchById with no value' },
    { case: 'parameters as a list', given: { ...extension, parameters: ['/id'] }, want: 'parameters must map path parameters of the poll to pointers into the start answer, e.g. `batchId: /id`.' },
    { case: 'an id pointer that is no JSON Pointer', given: { ...extension, parameters: { batchId: 'id' } }, want: 'parameters.batchId must be a JSON Pointer into the 202 JSON body, such as "/id" (got "id").' },
    { case: 'an id pointer at nothing', given: { ...extension, parameters: { batchId: '/batchId' } }, want: 'parameters.batchId "/batchId" points at nothing in the 202 application/json schema: has no "batchId" (its properties: id, status, createdAt); fix the pointer or the schema.' },
    { case: 'a status pointer at nothing', given: { ...extension, status: '/state' }, want: 'status "/state" points at nothing in the 202 application/json schema: has no "state" (its properties: id, status, createdAt); fix the pointer or the schema.' },
    { case: 'a status pointer missing', given: { ...extension, status: undefined }, want: 'status must be a JSON Pointer into the 202 JSON body, such as "/id" (got undefined).' },
    { case: 'a list that is no list', given: { ...extension, failed: 'failed' }, want: 'failed must be a list of statuses, e.g. [failed] (got "failed").' },
    { case: 'a list with an empty status', given: { ...extension, pending: ['queued', ''] }, want: 'pending must be a list of statuses, e.g. [queued] (got ["queued",""]).' },
    { case: 'no succeeded status', given: { ...extension, succeeded: [] }, want: 'succeeded must list at least one status: the one a job that is done and succeeded has.' },
    { case: 'a status in two lists', given: { ...extension, pending: ['queued', 'inProgress', 'timeout'] }, want: 'lists "timeout" in both failed and pending: a status is in one list only.' },
    { case: 'a status not in the enum', given: { ...extension, failed: ['failed', 'stoped', 'timeout'] }, want: 'lists "stoped", not in the status enum of the 202 application/json schema (its values: queued, inProgress, failed, completed, stopped, timeout); fix the spelling, or add it to the enum.' },
    { case: 'an enum status in no list', given: { ...extension, failed: ['failed', 'timeout'] }, want: 'places the status "stopped" of the 202 status enum in none of succeeded, failed, pending: add it to the list it belongs to.' },
  ])('$case', ({ given, want }) => {
    expect(() => polled(documentWith(given))).toThrow(prefix + want);
  });

  it.each([
    { case: 'a poll that is a POST', options: { pollMethod: 'post' }, want: 'operationId "getBatchById" must name a GET that reads the job (it is POST /accounts/{accountId}/batches/{batchId}).' },
    { case: 'a start answer with no JSON body', options: { accepted: { description: 'Accepted.' } }, want: 'needs a 2xx response of deleteContactsInBatch with an application/json schema: document the job it answers with.' },
    { case: 'a poll answer with no JSON body', options: { read: { description: 'The job.' } }, want: 'needs a 2xx response of getBatchById with an application/json schema: document the job it reads.' },
    { case: 'an id that is an object', options: { accepted: json({ type: 'object', properties: { id: { type: 'object' }, status: { type: 'string' } } }) }, want: 'parameters.batchId "/id" must point at a string or integer schema in the 202 application/json schema (it is type object).' },
    { case: 'a status that is no string in the poll answer', options: { read: json({ type: 'object', properties: { status: { type: 'integer' } } }) }, want: 'status "/status" must point at a string schema in the 200 application/json schema (it is type integer).' },
    { case: 'a status missing from the poll answer', options: { read: json({ type: 'object', properties: { state: { type: 'string' } } }) }, want: 'status "/status" points at nothing in the 200 application/json schema: has no "status" (its properties: state); fix the pointer or the schema.' },
    { case: 'a poll answer whose enum has a status the lists miss', options: { read: json(batchJob({ type: 'string', enum: [...statusEnum, 'paused'] })) }, want: 'places the status "paused" of the 200 status enum in none of succeeded, failed, pending: add it to the list it belongs to.' },
    { case: 'a poll path parameter neither mapped nor the start\'s', options: { pollParameters: [path('accountId'), path('batchId'), path('region')] }, want: 'leaves the path parameter "region" of getBatchById with no value' },
  ])('$case', ({ options, want }) => {
    expect(() => polled(documentWith(extension, options as Options))).toThrow(prefix + want);
  });
});

describe('the generated entry', () => {
  const facts = { specFile: 'specs/acme/openapi.yaml', displayName: 'Acme Contacts API', packageName: '@contactkit/acme' } as ClientFacts;

  it('has one startJob and one waitForJob overload per start operation, typed with its init, job, final job and ids', () => {
    const source = pollSource(facts, polled(documentWith(extension)));
    expect(source).toContain(
      `export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/accounts/{accountId}/contacts/batch', ...init: JobInitArgs<paths['/accounts/{accountId}/contacts/batch'], 'post'>): Promise<StartedJob<${START}['responses'][202]['content']['application/json'], ${POLL}['responses'][200]['content']['application/json'], ${POLL}['parameters']['path']>>;`,
    );
    expect(source).toContain(
      `export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/accounts/{accountId}/contacts/batch', ids: ${POLL}['parameters']['path'], options?: WaitOptions<${POLL}['responses'][200]['content']['application/json']>): Promise<${POLL}['responses'][200]['content']['application/json']>;`,
    );
    expect(source).toContain(
      "const operations: Readonly<Record<string, PollSpec>> = { 'POST /accounts/{accountId}/contacts/batch': { operationId: 'getBatchById', path: '/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] } };",
    );
  });

  it('for an API with no operation that starts a job, still exports startJob and waitForJob, taking nothing', () => {
    const source = pollSource(facts, []);
    expect(source).toContain('The Acme Contacts API documents no operation that starts a job');
    expect(source).toContain("export function startJob(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Promise<StartedJob<never, never, never>> {");
    expect(source).toContain("export function waitForJob(client: Pick<Client, 'request'>, method: never, path: never, ids: never, options?: never): Promise<never> {");
    expect(source).toContain("export { JobAnswerError, JobError, JobFailedError, JobTimeoutError, type StartedJob, type WaitOptions } from '@contactkit/runtime/poll';");
  });
});

describe('the README section', () => {
  const facts = { packageName: '@contactkit/acme' } as ClientFacts;

  it('lists the operations, says which statuses end the wait, and calls the first one with its examples', () => {
    const readme = jobsReadme(facts, polled(documentWith(extension)));
    expect(readme).toContain('- `POST /accounts/{accountId}/contacts/batch` (`deleteContactsInBatch`)');
    expect(readme).toContain('it resolves on `completed`, and throws a `JobFailedError` on\n`failed`, `stopped`, `timeout`. `queued`, `inProgress` mean it is still running');
    expect(readme).toContain("const started = await startJob(client, 'POST', '/accounts/{accountId}/contacts/batch', { params: { path: { accountId: 'accountId-1' } }, body: { ids: ['c-1'] } });");
    expect(readme).toContain("import { JobFailedError, JobTimeoutError, startJob, waitForJob } from '@contactkit/acme/poll';");
  });

  it('is empty for an API with no operation that starts a job', () => {
    expect(jobsReadme(facts, [])).toBe('');
  });
});
