// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { ConfigurationError } from '@contactkit/runtime/public';
import type { StartedJob } from '@contactkit/runtime/poll';
import type { Client } from './client.gen.js';

export { JobAnswerError, JobError, JobFailedError, JobTimeoutError, type StartedJob, type WaitOptions } from '@contactkit/runtime/poll';

// `method` and `path` are `never` rather than the exports left out: the entry
// and its exports stay those of every client, and a call fails to compile at
// the argument the API does not have, not at the import.
/**
 * The callab.ai Contacts API documents no operation that starts a job (no
 * `x-contactkit-poll` in its spec), so there is nothing to pass to
 * `startJob`: every call of it is a type error, and throws a
 * `ConfigurationError` if made anyway. The entry is here so that every
 * client package has the same entries.
 */
export function startJob(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Promise<StartedJob<never, never, never>> {
  throw new ConfigurationError('path', `path must be an operation of the callab.ai Contacts API that starts a job, which documents none (got "${String(method)} ${String(path)}").`);
}

/**
 * As {@link startJob}: the callab.ai Contacts API has no job to wait for.
 */
export function waitForJob(client: Pick<Client, 'request'>, method: never, path: never, ids: never, options?: never): Promise<never> {
  throw new ConfigurationError('path', `path must be an operation of the callab.ai Contacts API that starts a job, which documents none (got "${String(method)} ${String(path)}").`);
}
