// Waiting for a job the server runs after answering (202 Accepted), in an
// entry of its own so that clients that start no jobs do not ship it. Which
// operation reads the job, where its id and status are, and which statuses
// are final come from the start operation's spec (`x-contactkit-poll`),
// never from here. Every request is the client's own, so its auth, retries,
// Retry-After and throttle apply to the start and to every poll.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { ApiClient } from './client.js';
import { AbortError, checkNumber, ContactkitError, invalid } from './errors.js';
import type { CallOptions } from './options.js';
import { backoffDelay, type Sleep, type TestHooks, testHooks } from './retry.js';
import { retryAfterMs } from './retry-after.js';

/**
 * How a job an operation starts is read, as its spec's `x-contactkit-poll`
 * says; pointers are JSON Pointers (RFC 6901).
 */
export interface PollSpec {
  /** The operation that reads the job, named in errors, e.g. `get-batch-by-id`. */
  operationId: string;
  /** Its path template, e.g. `/api/v1/accounts/{accountId}/batches/{batchId}`; it is a GET. */
  path: string;
  /**
   * Path parameters of the poll from the start answer's body, e.g.
   * `{ batchId: '/id' }`; the others are the start call's path parameters of
   * the same name (e.g. `accountId`).
   */
  parameters: Readonly<Record<string, string>>;
  /** Pointer to the job's status, in the start answer and in every poll answer, e.g. `/status`. */
  status: string;
  /** Statuses of a job that is done and succeeded, e.g. `['completed']`. */
  succeeded: readonly string[];
  /** Statuses of a job that is done and failed, e.g. `['failed', 'stopped', 'timeout']`. */
  failed: readonly string[];
  /** Statuses of a job not done yet, e.g. `['queued', 'inProgress']`. */
  pending: readonly string[];
}

/** Options of {@link StartedJob.wait} and {@link waitForJob}. */
export interface WaitOptions<Final = unknown> {
  /** Stops waiting, and the poll in flight, with an `AbortError`. The job goes on on the server. */
  signal?: AbortSignal;
  /**
   * Longest wait in all, in milliseconds; `0` for none. Waiting stops with a
   * {@link JobTimeoutError} at this deadline, or sooner when the next poll
   * would come after it. The job goes on on the server.
   * @defaultValue `600000` (10 minutes)
   */
  timeoutMs?: number;
  /**
   * Ceiling of the first wait between polls, in milliseconds: wait `n` (from
   * 0) lasts a random time between half of `min(maxIntervalMs, intervalMs * 2^n)`
   * and all of it, unless the last answer's `Retry-After` says how long.
   * @defaultValue `1000`
   */
  intervalMs?: number;
  /**
   * Longest wait between polls that the backoff reaches, in milliseconds. A
   * `Retry-After` may ask for longer, and is honoured.
   * @defaultValue `30000`
   */
  maxIntervalMs?: number;
  /** Called with the job of every poll answer, final or not, e.g. to log its progress. */
  onPoll?: (job: Final) => void;
}

/** A job its start operation answered with, and the way to wait until it is done. */
export interface StartedJob<Job, Final, Ids> {
  /** The start answer's body: the job as the server accepted it. */
  job: Job;
  /** The start answer. */
  response: Response;
  /**
   * The path parameters of the poll that reads this job, e.g.
   * `{ accountId, batchId }`. Store them to wait for the job later, from
   * another process even, with `waitForJob`.
   */
  ids: Ids;
  /**
   * Polls the job until its status is final. Resolves with the job on a
   * succeeded status (the start answer's own body when it was final already,
   * with no poll). Each call waits anew, with its own deadline.
   *
   * @throws {JobFailedError} on a failed status.
   * @throws {JobTimeoutError} at the deadline (`timeoutMs`).
   * @throws {JobAnswerError} on a status the spec does not list.
   * @throws {RequestError} as the client throws it for a poll: an `AbortError`
   * when `signal` aborts, a `NotFoundError` when the job is unknown, a
   * `RateLimitError` once its retries are spent…
   */
  wait(options?: WaitOptions<Final>): Promise<Job | Final>;
}

/** The init of a call that starts a job: the operation's params, body and per-call options; failures always throw, so no `throwOnError`. */
export type JobInit<PathItem, Method extends HttpMethod> = Omit<Exclude<MaybeOptionalInit<PathItem, Method & keyof PathItem>, undefined> & CallOptions, 'throwOnError'>;

/** The init argument of a call that starts a job: optional when nothing in it is required. */
export type JobInitArgs<PathItem, Method extends HttpMethod> =
  RequiredKeysOf<JobInit<PathItem, Method>> extends never ? [init?: JobInit<PathItem, Method>] : [init: JobInit<PathItem, Method>];

/**
 * Base class of the errors that end waiting for a job by what the job's
 * answers said. None of them stops the job on the server.
 */
export class JobError<Job = unknown> extends ContactkitError {
  override name = 'JobError';

  constructor(
    /** The method of the operation that started the job, e.g. `POST`. */
    readonly method: string,
    /** Its path, as the spec names it. */
    readonly pathTemplate: string,
    /** The poll's path parameters of the job: pass them to `waitForJob` to wait for it again. */
    readonly ids: Readonly<Record<string, string>>,
    /** The job as the last answer gave it; `undefined` when no answer came. */
    readonly job: Job | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The job ended with a status its spec declares a failure (e.g. `failed`, `stopped`, `timeout`). */
export class JobFailedError<Job = unknown> extends JobError<Job> {
  override name = 'JobFailedError';
  /** The final status, e.g. `failed`. */
  declare readonly status: string;
}

/** The deadline (`timeoutMs`) came before the job's status was final; the job goes on on the server. */
export class JobTimeoutError<Job = unknown> extends JobError<Job> {
  override name = 'JobTimeoutError';
  /** The last status seen, e.g. `inProgress`; `undefined` when no answer came. */
  declare readonly status: string | undefined;
  /** The deadline that ran out, in milliseconds. */
  declare readonly timeoutMs: number;
}

/**
 * An answer broke the job contract its spec declares: a status none of its
 * lists has (or no status at all), or, in the start answer, no value where
 * the poll's path takes one. An unknown status is never read as "still running".
 */
export class JobAnswerError<Job = unknown> extends JobError<Job> {
  override name = 'JobAnswerError';
  /** The status the answer had, as it came; `undefined` when it had none. */
  declare readonly status: unknown;
}

/** The value at a JSON Pointer (RFC 6901) in `value`; `undefined` when it points at nothing. */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), value);
}

// Only the type of a value the contract refused: an answer may hold personal data.
const got = (value: unknown) => (value === undefined ? 'nothing' : value === null ? 'null' : typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value);

/** The names of a path template's parameters, e.g. `['accountId', 'batchId']`. */
const pathParameters = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);

/** Throws a `ConfigurationError` unless `spec` has its pointers and lists. */
function checkSpec(spec: PollSpec): void {
  if (!spec.parameters || typeof spec.parameters !== 'object') invalid('spec.parameters', 'an object of JSON Pointers, e.g. { batchId: "/id" }', JSON.stringify(spec.parameters));
  const pointers = Object.entries(spec.parameters).map(([name, pointer]) => [`parameters.${name}`, pointer]);
  for (const [key, pointer] of [['status', spec.status], ...pointers]) {
    if (!/^\//.test(String(pointer))) invalid(`spec.${key}`, 'a JSON Pointer such as "/id"', JSON.stringify(pointer));
  }
  for (const key of ['succeeded', 'failed', 'pending'] as const) if (!Array.isArray(spec[key])) invalid(`spec.${key}`, 'a list of statuses', JSON.stringify(spec[key]));
}

/**
 * Calls the operation that starts a job (`client.request(method, path, init)`,
 * its failures thrown) and gives the job it answered with, its ids, and
 * `wait()`. The start call is the client's, with `init`'s `signal` and
 * options; `wait()` has its own.
 *
 * @throws {RequestError} as the client throws it for the start call.
 * @throws {JobAnswerError} when the start answer has no value where the poll's path takes one.
 * @throws {ConfigurationError} when `spec` is malformed.
 *
 * @example
 * const started = await startJob(client, 'POST', '/accounts/{accountId}/contacts/batch', { params: { path: { accountId } }, body }, spec);
 * const job = await started.wait({ timeoutMs: 60_000 });
 */
export async function startJob(client: Pick<ApiClient<{}>, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions, spec: PollSpec): Promise<StartedJob<unknown, unknown, Record<string, string>>> {
  checkSpec(spec);
  const { data: job, response } = await client.request(method, path, { ...init, throwOnError: true });
  const given = (init.params as { path?: Record<string, unknown> } | undefined)?.path ?? {};
  const ids: Record<string, string> = {};
  for (const name of pathParameters(spec.path)) {
    const pointer = spec.parameters[name];
    const value = pointer === undefined ? given[name] : at(job, pointer);
    if (!(typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value))) {
      const where = pointer === undefined ? `the start call's params.path.${name}` : `${pointer} of the start answer`;
      throw new JobAnswerError(method, path, ids, job, `${method} ${path} started a job, but ${where} holds ${got(value)}, where ${spec.operationId} takes its ${name}: the job cannot be polled; report it if the answer broke its spec.`);
    }
    ids[name] = String(value);
  }
  return { job, response, ids, wait: (options) => waitUntilDone(client, method, path, ids, spec, { job, response }, options) };
}

/**
 * Waits for a job already started, e.g. from `ids` stored after
 * `startJob`, or from a {@link JobError}'s `ids` (a `JobTimeoutError`'s, say):
 * polls it at once, then as {@link StartedJob.wait} does, and resolves with
 * the job on a succeeded status. `method` and `path` name the operation that
 * started it, whose spec says how to read it.
 *
 * @throws as {@link StartedJob.wait} does; a `ConfigurationError` when an id is missing.
 */
export function waitForJob<Final = unknown>(
  client: Pick<ApiClient<{}>, 'request'>,
  method: string,
  path: string,
  ids: Readonly<Record<string, unknown>>,
  spec: PollSpec,
  options?: WaitOptions<Final>,
): Promise<Final> {
  checkSpec(spec);
  const strings: Record<string, string> = {};
  for (const name of pathParameters(spec.path)) {
    const value = ids?.[name];
    if (!((typeof value === 'string' && value) || typeof value === 'number')) invalid(`ids.${name}`, `the job's ${name}, as \`ids\` of startJob's answer or of an error gives it`, got(value));
    strings[name] = String(value);
  }
  // The job's type is the poll answer's, as the spec declares it.
  return waitUntilDone(client, method, path, strings, spec, undefined, options as WaitOptions) as Promise<Final>;
}

// The deadline's reason for aborting the poll in flight, told apart from the caller's.
const OUT_OF_TIME = Symbol('timeoutMs');

/**
 * Waits `ms`, or until `signal` aborts. Unlike the retries' sleep, whose
 * signal is one request's, it removes its listener: one wait's signal sees
 * every pause between its polls.
 */
const pause: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
    signal.addEventListener('abort', done);
  });

async function waitUntilDone(
  client: Pick<ApiClient<{}>, 'request'>,
  method: string,
  path: string,
  ids: Record<string, string>,
  spec: PollSpec,
  start: { job: unknown; response: Response } | undefined,
  options: WaitOptions = {},
): Promise<unknown> {
  const { signal, timeoutMs = 600_000, intervalMs = 1000, maxIntervalMs = 30_000, onPoll } = options;
  checkNumber('timeoutMs', timeoutMs);
  checkNumber('intervalMs', intervalMs);
  checkNumber('maxIntervalMs', maxIntervalMs);
  const { random = testHooks.random, sleep = pause } = options as TestHooks;
  const started = performance.now();
  const deadline = timeoutMs > 0 ? started + timeoutMs : Number.POSITIVE_INFINITY;
  // One signal for the sleeps and the poll in flight: the caller's, or the deadline.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  // setTimeout fires at once beyond 2^31 - 1 ms: such a deadline is checked before each wait only.
  const timer = timeoutMs > 0 && timeoutMs < 2 ** 31 ? setTimeout(() => controller.abort(OUT_OF_TIME), timeoutMs) : undefined;

  const of = `the job of ${method} ${path}`;
  const resume = `wait again with waitForJob(client, '${method}', '${path}', ids) and the error's \`ids\``;
  // The last answer about the job, and which operation gave it.
  let answer = start;
  let from = 'the start answer';
  let status: unknown;
  const outOfTime = (why: string, cause?: unknown) =>
    Object.assign(new JobTimeoutError(method, path, ids, answer?.job, `${of} was not done ${why} (last status: ${got(status)}); the job goes on on the server: ${resume}, or raise \`timeoutMs\`.`), {
      status,
      timeoutMs,
      ...(cause !== undefined && { cause }),
    });
  const stopped = (cause: unknown) =>
    controller.signal.reason === OUT_OF_TIME
      ? outOfTime(`after ${timeoutMs} ms (\`timeoutMs\`)`, cause)
      : new AbortError({ method: 'GET', pathTemplate: spec.path, attempts: 0, maxAttempts: 0, cause }, `was aborted while waiting to poll ${of}`, `the job goes on on the server: ${resume}`);

  try {
    for (let step = 0; ; ) {
      if (answer) {
        const { job } = answer;
        status = at(job, spec.status);
        const is = (list: readonly string[]) => typeof status === 'string' && list.includes(status);
        if (is(spec.succeeded)) return job;
        if (is(spec.failed)) {
          throw Object.assign(new JobFailedError(method, path, ids, job, `${of} ended ${got(status)}, which its spec declares a failure; the error's \`job\` holds what the server said: fix the cause and start the job again.`), { status });
        }
        if (!is(spec.pending)) {
          const known = (['succeeded', 'failed', 'pending'] as const).map((key) => `${key}: ${spec[key].join(', ') || 'none'}`).join('; ');
          throw Object.assign(
            new JobAnswerError(method, path, ids, job, `${from} gave ${of} a status of ${got(status)} at ${spec.status}, which its spec does not list (${known}); report it. The job may still be running: ${resume} once the client knows the status.`),
            { status },
          );
        }
      }
      // A resumed wait polls at once; then each answer's Retry-After, else the backoff, says when.
      const asked = answer ? retryAfterMs(answer.response.headers.get('retry-after')) : 0;
      const waitMs = asked ?? Math.min(maxIntervalMs, intervalMs * 2 ** step) / 2 + backoffDelay(step++, intervalMs / 2, maxIntervalMs / 2, random);
      if (performance.now() + waitMs >= deadline) {
        throw outOfTime(`after ${Math.round(performance.now() - started)} ms: the next poll${asked ? `, ${asked} ms later as the server asked,` : ''} would come after \`timeoutMs\` (${timeoutMs} ms)`);
      }
      // A test's sleep may reject on abort, which is checked next.
      if (waitMs > 0) await sleep(waitMs, controller.signal).catch(() => {});
      if (controller.signal.aborted) throw stopped(controller.signal.reason);
      try {
        const { data, response } = await client.request('GET', spec.path, { params: { path: ids }, signal: controller.signal, throwOnError: true });
        answer = { job: data, response };
        from = spec.operationId;
      } catch (error) {
        if (controller.signal.reason === OUT_OF_TIME) throw stopped(error);
        throw error;
      }
      onPoll?.(answer.job);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
