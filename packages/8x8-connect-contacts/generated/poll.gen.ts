// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import type { CallOptions } from '@contactkit/runtime';
import { type JobInitArgs, type PollSpec, type StartedJob, startJob as start, type WaitOptions, waitForJob as wait } from '@contactkit/runtime/poll';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

export { JobAnswerError, JobError, JobFailedError, JobTimeoutError, type StartedJob, type WaitOptions } from '@contactkit/runtime/poll';

// Each start operation's x-contactkit-poll, by `<METHOD> <path>`, with the poll's path.
const operations: Readonly<Record<string, PollSpec>> = { 'POST /api/v1/accounts/{accountId}/contacts/batches/createContacts': { operationId: 'getBatchById', path: '/api/v1/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] }, 'POST /api/v1/accounts/{accountId}/contacts/batches/deleteContacts': { operationId: 'getBatchById', path: '/api/v1/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] }, 'POST /api/v1/accounts/{accountId}/groups/batches/copyContacts': { operationId: 'getBatchById', path: '/api/v1/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] }, 'POST /api/v1/accounts/{accountId}/groups/batches/moveContacts': { operationId: 'getBatchById', path: '/api/v1/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] }, 'POST /api/v1/accounts/{accountId}/groups/batches/deleteGroups': { operationId: 'getBatchById', path: '/api/v1/accounts/{accountId}/batches/{batchId}', parameters: { batchId: '/id' }, status: '/status', succeeded: ['completed'], failed: ['failed', 'stopped', 'timeout'], pending: ['queued', 'inProgress'] } };

/** The poll spec of the operation that starts a job; throws for any other. */
function pollSpec(method: string, path: string): PollSpec {
  const spec = operations[`${method} ${path}`];
  if (!spec) throw new ConfigurationError('path', `path must be an operation of the 8x8 CPaaS (Connect) Contacts API that starts a job: POST /api/v1/accounts/{accountId}/contacts/batches/createContacts, POST /api/v1/accounts/{accountId}/contacts/batches/deleteContacts, POST /api/v1/accounts/{accountId}/groups/batches/copyContacts, POST /api/v1/accounts/{accountId}/groups/batches/moveContacts, POST /api/v1/accounts/{accountId}/groups/batches/deleteGroups (got "${method} ${path}").`);
  return spec;
}

/**
 * Batch create contacts (`uploadContactsInBatch`): starts the job, and gives the job it answers with, its `ids`, and
 * `wait()`, which reads it with `getBatchById` until it is done.
 */
export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/contacts/batches/createContacts', ...init: JobInitArgs<paths['/api/v1/accounts/{accountId}/contacts/batches/createContacts'], 'post'>): Promise<StartedJob<paths['/api/v1/accounts/{accountId}/contacts/batches/createContacts']['post']['responses'][202]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path']>>;

/**
 * Batch delete contacts (`deleteContactsInBatch`): starts the job, and gives the job it answers with, its `ids`, and
 * `wait()`, which reads it with `getBatchById` until it is done.
 */
export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/contacts/batches/deleteContacts', ...init: JobInitArgs<paths['/api/v1/accounts/{accountId}/contacts/batches/deleteContacts'], 'post'>): Promise<StartedJob<paths['/api/v1/accounts/{accountId}/contacts/batches/deleteContacts']['post']['responses'][202]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path']>>;

/**
 * Copy contacts between groups (`copyContactsInBatch`): starts the job, and gives the job it answers with, its `ids`, and
 * `wait()`, which reads it with `getBatchById` until it is done.
 */
export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/copyContacts', ...init: JobInitArgs<paths['/api/v1/accounts/{accountId}/groups/batches/copyContacts'], 'post'>): Promise<StartedJob<paths['/api/v1/accounts/{accountId}/groups/batches/copyContacts']['post']['responses'][202]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path']>>;

/**
 * Move contacts between groups (`moveContactsInBatch`): starts the job, and gives the job it answers with, its `ids`, and
 * `wait()`, which reads it with `getBatchById` until it is done.
 */
export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/moveContacts', ...init: JobInitArgs<paths['/api/v1/accounts/{accountId}/groups/batches/moveContacts'], 'post'>): Promise<StartedJob<paths['/api/v1/accounts/{accountId}/groups/batches/moveContacts']['post']['responses'][202]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path']>>;

/**
 * Batch delete groups (`deleteGroupsInBatch`): starts the job, and gives the job it answers with, its `ids`, and
 * `wait()`, which reads it with `getBatchById` until it is done.
 */
export function startJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/deleteGroups', ...init: JobInitArgs<paths['/api/v1/accounts/{accountId}/groups/batches/deleteGroups'], 'post'>): Promise<StartedJob<paths['/api/v1/accounts/{accountId}/groups/batches/deleteGroups']['post']['responses'][202]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json'], paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path']>>;
export function startJob(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Promise<StartedJob<unknown, unknown, unknown>> {
  return start(client, method, path, init, pollSpec(method, path));
}

/**
 * Waits for a job of `uploadContactsInBatch` (Batch create contacts), by its `ids`, e.g. stored
 * from `startJob`'s answer: reads it with `getBatchById` until it is done.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/contacts/batches/createContacts', ids: paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path'], options?: WaitOptions<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>): Promise<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>;

/**
 * Waits for a job of `deleteContactsInBatch` (Batch delete contacts), by its `ids`, e.g. stored
 * from `startJob`'s answer: reads it with `getBatchById` until it is done.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/contacts/batches/deleteContacts', ids: paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path'], options?: WaitOptions<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>): Promise<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>;

/**
 * Waits for a job of `copyContactsInBatch` (Copy contacts between groups), by its `ids`, e.g. stored
 * from `startJob`'s answer: reads it with `getBatchById` until it is done.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/copyContacts', ids: paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path'], options?: WaitOptions<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>): Promise<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>;

/**
 * Waits for a job of `moveContactsInBatch` (Move contacts between groups), by its `ids`, e.g. stored
 * from `startJob`'s answer: reads it with `getBatchById` until it is done.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/moveContacts', ids: paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path'], options?: WaitOptions<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>): Promise<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>;

/**
 * Waits for a job of `deleteGroupsInBatch` (Batch delete groups), by its `ids`, e.g. stored
 * from `startJob`'s answer: reads it with `getBatchById` until it is done.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: 'POST', path: '/api/v1/accounts/{accountId}/groups/batches/deleteGroups', ids: paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['parameters']['path'], options?: WaitOptions<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>): Promise<paths['/api/v1/accounts/{accountId}/batches/{batchId}']['get']['responses'][200]['content']['application/json']>;
export function waitForJob<Final>(client: Pick<Client, 'request'>, method: string, path: string, ids: Readonly<Record<string, unknown>>, options?: WaitOptions<Final>): Promise<Final> {
  return wait(client, method, path, ids, pollSpec(method, path), options);
}
