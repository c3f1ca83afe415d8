// Waiting for a job against a server on a real socket, as 8x8 Connect's
// batches work: a POST answers 202 with `{ id, type, status, createdAt }`,
// and `GET /api/v1/accounts/{accountId}/batches/{batchId}` reads the job
// until its status is final. Each test counts the requests the server got
// and the waits between them: waiting must send exactly the polls it needs.
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, NetworkError, NotFoundError, ResponseParseError } from '../src/errors.js';
import { JobAnswerError, JobFailedError, JobTimeoutError, type PollSpec, startJob, type WaitOptions, waitForJob } from '../src/poll.js';
import { type Sleep, type TestHooks, testHooks } from '../src/retry.js';
import { recordingSleep, testClient } from './support/fakes.js';
import { type Step, startScriptedServer } from './support/server.js';

const START = '/api/v1/accounts/{accountId}/contacts/batch';
const POLL = '/api/v1/accounts/{accountId}/batches/{batchId}';
const BATCH = '5f0c7a52-8b1e-4c3a-9d2e-0a1b2c3d4e5f';

const spec: PollSpec = {
  operationId: 'get-batch-by-id',
  path: POLL,
  parameters: { batchId: '/id' },
  status: '/status',
  succeeded: ['completed'],
  failed: ['failed', 'stopped', 'timeout'],
  pending: ['queued', 'inProgress'],
};

/** The job in a given status, as the start answer (202) or a poll answer (200) has it. */
const job = (status: string, answer = 200, headers?: Record<string, string>): Step => ({ status: answer, headers, body: { id: BATCH, type: 'contacts-create', status, createdAt: '2026-12-01T01:00:00Z' } });
const accepted = (status = 'queued', headers?: Record<string, string>) => job(status, 202, headers);

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

/** A client whose requests meet `steps` in order, sending an API key; retries and waits between polls take no real time. */
function scripted(steps: Step[], options: { maxRetries?: number } = {}) {
  const run = server.run(steps);
  const client = testClient({ credentials: [{ option: 'apiKey', header: 'x-api-key', value: 'k' }] }, { baseUrl: server.url, headers: run.headers, sleep: recordingSleep().sleep, random: () => 0.5, ...options });
  const { delays, sleep } = recordingSleep();
  // Hidden options, as the client's: the wait's own sleep and jitter.
  const hooks = { sleep, random: () => 0.5 } satisfies TestHooks as WaitOptions;
  const requests = () => run.hits().map(({ method, url }) => `${method} ${url}`);
  return { client, hits: run.hits, requests, delays, hooks };
}

const start = (client: ReturnType<typeof scripted>['client']) => startJob(client, 'POST', START, { params: { path: { accountId: 'acc-1' } }, body: [{ firstName: 'Ada' }] }, spec);

const polled = `GET /api/v1/accounts/acc-1/batches/${BATCH}`;
const started = 'POST /api/v1/accounts/acc-1/contacts/batch';

/** The error `run` rejects with; fails the test if it resolves. */
async function failure(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

/** Lets the event loop turn, so that a poll waiting should not send would have reached the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('startJob', () => {
  it('starts the job with the client\'s request, and gives its body, answer and the poll\'s ids', async () => {
    const { client, hits, requests } = scripted([accepted()]);
    const handle = await start(client);
    expect(handle.job).toEqual({ id: BATCH, type: 'contacts-create', status: 'queued', createdAt: '2026-12-01T01:00:00Z' });
    expect(handle.response.status).toBe(202);
    expect(handle.ids).toEqual({ accountId: 'acc-1', batchId: BATCH });
    expect(requests()).toEqual([started]);
    expect(JSON.parse(hits()[0]!.body)).toEqual([{ firstName: 'Ada' }]);
    expect(hits()[0]!.headers['x-api-key']).toBe('k');
  });

  it('refuses a start answer with no id to poll with, naming the pointer, and polls nothing', async () => {
    const { client, hits } = scripted([{ status: 202, body: { status: 'queued' } }]);
    const error = await failure(start(client));
    expect(error).toBeInstanceOf(JobAnswerError);
    expect(error).toMatchObject({ method: 'POST', pathTemplate: START, job: { status: 'queued' }, ids: { accountId: 'acc-1' } });
    expect((error as Error).message).toBe(
      `POST ${START} started a job, but /id of the start answer holds nothing, where get-batch-by-id takes its batchId: the job cannot be polled; report it if the answer broke its spec.`,
    );
    await settle();
    expect(hits()).toHaveLength(1);
  });

  it('throws the client\'s error when the start call fails, and polls nothing', async () => {
    const { client, hits } = scripted([{ status: 404, body: { message: 'no such account' } }]);
    expect(await failure(start(client))).toBeInstanceOf(NotFoundError);
    expect(hits()).toHaveLength(1);
  });
});

describe('wait', () => {
  it('resolves with the start answer\'s job when it was final already, with no poll', async () => {
    const { client, requests, delays, hooks } = scripted([accepted('completed')]);
    const done = await (await start(client)).wait(hooks);
    expect(done).toMatchObject({ id: BATCH, status: 'completed' });
    await settle();
    expect(requests()).toEqual([started]);
    expect(delays).toEqual([]);
  });

  it('polls once after the first backoff wait, with the ids in the poll\'s path and the client\'s credential', async () => {
    const { client, hits, requests, delays, hooks } = scripted([accepted(), job('completed')]);
    expect(await (await start(client)).wait(hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled]);
    expect(hits()[1]!.headers['x-api-key']).toBe('k');
    // Between half and all of intervalMs (1000), here at random 0.5.
    expect(delays).toEqual([750]);
  });

  it('polls until the status is final, backing off up to maxIntervalMs, and tells onPoll of every poll answer', async () => {
    const { client, requests, delays, hooks } = scripted([accepted(), job('queued'), job('inProgress'), job('inProgress'), job('inProgress'), job('completed')]);
    const seen: unknown[] = [];
    const done = await (await start(client)).wait({ ...hooks, intervalMs: 1000, maxIntervalMs: 4000, onPoll: (polledJob) => seen.push((polledJob as { status: string }).status) });
    expect(done).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled, polled, polled, polled]);
    // Each wait is in [ceiling / 2, ceiling), the ceiling doubling from intervalMs to maxIntervalMs.
    expect(delays).toEqual([750, 1500, 3000, 3000, 3000]);
    expect(seen).toEqual(['queued', 'inProgress', 'inProgress', 'inProgress', 'completed']);
  });

  it.each(['failed', 'stopped', 'timeout'])('throws a JobFailedError with the job, its status "%s" and ids, and polls no more', async (status) => {
    const { client, requests, hooks } = scripted([accepted(), job('inProgress'), job(status), job('completed')]);
    const error = await failure((await start(client)).wait(hooks));
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ name: 'JobFailedError', status, method: 'POST', pathTemplate: START, ids: { accountId: 'acc-1', batchId: BATCH }, job: { id: BATCH, status } });
    expect((error as Error).message).toBe(
      `the job of POST ${START} ended "${status}", which its spec declares a failure; the error's \`job\` holds what the server said: fix the cause and start the job again.`,
    );
    await settle();
    expect(requests()).toEqual([started, polled, polled]);
  });

  it('throws a JobFailedError from the start answer when it had failed already, with no poll', async () => {
    const { client, requests, hooks } = scripted([accepted('failed')]);
    expect(await failure((await start(client)).wait(hooks))).toMatchObject({ name: 'JobFailedError', status: 'failed' });
    expect(requests()).toEqual([started]);
  });

  it.each([
    { case: 'a status its spec does not list', body: { id: BATCH, status: 'paused' }, status: 'paused', got: '"paused"' },
    { case: 'a status of another case', body: { id: BATCH, status: 'Completed' }, status: 'Completed', got: '"Completed"' },
    { case: 'no status', body: { id: BATCH }, status: undefined, got: 'nothing' },
    { case: 'a status that is no string', body: { id: BATCH, status: 3 }, status: 3, got: 'number' },
  ])('throws a JobAnswerError on $case: never read as still running', async ({ body, status, got }) => {
    const { client, requests, hooks } = scripted([accepted(), { status: 200, body }, job('completed')]);
    const error = await failure((await start(client)).wait(hooks));
    expect(error).toBeInstanceOf(JobAnswerError);
    expect(error).toMatchObject({ status, ids: { accountId: 'acc-1', batchId: BATCH }, job: body });
    expect((error as Error).message).toBe(
      `get-batch-by-id gave the job of POST ${START} a status of ${got} at /status, which its spec does not list (succeeded: completed; failed: failed, stopped, timeout; pending: queued, inProgress); report it. The job may still be running: wait again with waitForJob(client, 'POST', '${START}', ids) and the error's \`ids\` once the client knows the status.`,
    );
    await settle();
    expect(requests()).toEqual([started, polled]);
  });

  it('throws a JobAnswerError on an unknown status in the start answer, naming the start operation', async () => {
    const { client, requests, hooks } = scripted([accepted('scheduled')]);
    const error = await failure((await start(client)).wait(hooks));
    expect(error).toMatchObject({ name: 'JobAnswerError', status: 'scheduled' });
    expect((error as Error).message).toMatch(/^the start answer gave the job of POST \S+ a status of "scheduled" at \/status, which its spec does not list/);
    expect(requests()).toEqual([started]);
  });

  it('waits as a poll answer\'s Retry-After asks, beyond maxIntervalMs, for the next poll only', async () => {
    const { client, requests, delays, hooks } = scripted([accepted(), job('inProgress', 200, { 'retry-after': '7' }), job('inProgress'), job('completed')]);
    await (await start(client)).wait({ ...hooks, maxIntervalMs: 2000 });
    expect(requests()).toHaveLength(4);
    expect(delays).toEqual([750, 7000, 1500]);
  });

  it('waits as the start answer\'s Retry-After asks before the first poll', async () => {
    const { client, delays, hooks } = scripted([accepted('queued', { 'retry-after': '3' }), job('completed')]);
    await (await start(client)).wait(hooks);
    expect(delays).toEqual([3000]);
  });

  it('lets the client retry a 429 on a poll after its Retry-After, and goes on polling', async () => {
    const { client, requests, hooks } = scripted([accepted(), { status: 429, headers: { 'retry-after': '1' } }, job('completed')]);
    expect(await (await start(client)).wait(hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled]);
  });

  it('throws the client\'s NotFoundError when the poll answers 404, and polls no more', async () => {
    const { client, requests, hooks } = scripted([accepted(), { status: 404, body: { message: 'batch not found' } }, job('completed')]);
    const error = await failure((await start(client)).wait(hooks));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, method: 'GET', pathTemplate: POLL });
    await settle();
    expect(requests()).toEqual([started, polled]);
  });

  it('lets the client retry a poll answer cut off mid-body, and goes on polling', async () => {
    const { client, requests, hooks } = scripted([accepted(), 'reset-mid-body', job('completed')]);
    expect(await (await start(client)).wait(hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled]);
  });

  it('throws the client\'s NetworkError when every attempt of a poll is cut off mid-body, and polls no more', async () => {
    const { client, requests, hooks } = scripted([accepted(), 'reset-mid-body', job('completed')], { maxRetries: 0 });
    const error = await failure((await start(client)).wait(hooks));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: POLL });
    await settle();
    expect(requests()).toEqual([started, polled]);
  });

  it('throws the client\'s ResponseParseError on a poll answer that is not JSON, and the job can be waited for again', async () => {
    const { client, requests, hooks } = scripted([accepted(), { status: 200, rawBody: '{"status": "compl' }, job('completed')], { maxRetries: 0 });
    const handle = await start(client);
    expect(await failure(handle.wait(hooks))).toBeInstanceOf(ResponseParseError);
    expect(await handle.wait(hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled]);
  });

  it('can wait again on the same job after a failure of a poll', async () => {
    const { client, requests, hooks } = scripted([accepted(), { status: 503 }, job('completed')], { maxRetries: 0 });
    const handle = await start(client);
    expect(await failure(handle.wait({ ...hooks }))).toMatchObject({ status: 503 });
    expect(await handle.wait(hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled]);
  });
});

describe('the deadline', () => {
  it('throws a JobTimeoutError as soon as the next poll would come after it, with the last status and how to resume', async () => {
    // Real waits of 75, 150 and 300 ms: the third would end after 400 ms in all.
    const { client, requests, hooks } = scripted([accepted(), job('inProgress'), job('inProgress'), job('completed')]);
    const delays: number[] = [];
    const sleep: Sleep = (ms, signal) => (delays.push(ms), testHooks.sleep(ms, signal));
    const begun = performance.now();
    const error = await failure((await start(client)).wait({ ...hooks, sleep, intervalMs: 100, timeoutMs: 400 } as WaitOptions));
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ name: 'JobTimeoutError', status: 'inProgress', timeoutMs: 400, ids: { accountId: 'acc-1', batchId: BATCH }, job: { status: 'inProgress' } });
    expect((error as Error).message).toMatch(/^the job of POST \S+ was not done after \d+ ms: the next poll would come after `timeoutMs` \(400 ms\) \(last status: "inProgress"\); the job goes on on the server: wait again with waitForJob\(client, 'POST', '\S+', ids\) and the error's `ids`, or raise `timeoutMs`\.$/);
    expect(delays).toEqual([75, 150]);
    expect(performance.now() - begun).toBeLessThan(400);
    await settle();
    expect(requests()).toEqual([started, polled, polled]);
  });

  it('gives up at once when a Retry-After asks to come back after it, saying so', async () => {
    const { client, requests, delays, hooks } = scripted([accepted(), job('inProgress', 200, { 'retry-after': '120' }), job('completed')]);
    const error = await failure((await start(client)).wait({ ...hooks, timeoutMs: 60_000 }));
    expect(error).toMatchObject({ name: 'JobTimeoutError', status: 'inProgress' });
    expect((error as Error).message).toMatch(/the next poll, 120000 ms later as the server asked, would come after `timeoutMs` \(60000 ms\)/);
    expect(delays).toEqual([750]);
    expect(requests()).toHaveLength(2);
  });

  it('aborts a poll in flight when it passes, as a JobTimeoutError whose cause is the poll\'s AbortError', async () => {
    const { client, requests } = scripted([accepted(), 'stall', job('completed')]);
    const begun = performance.now();
    const error = await failure((await start(client)).wait({ timeoutMs: 300, intervalMs: 10 }));
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ status: 'queued', timeoutMs: 300, message: expect.stringMatching(/was not done after 300 ms \(`timeoutMs`\) \(last status: "queued"\)/) });
    expect((error as Error).cause).toBeInstanceOf(AbortError);
    expect(performance.now() - begun).toBeLessThan(2000);
    await settle();
    expect(requests()).toEqual([started, polled]);
  });
});

describe('the signal', () => {
  it('aborted while waiting between polls stops at once with an AbortError, and polls no more', async () => {
    const { client, requests } = scripted([accepted(), job('inProgress'), job('completed')]);
    const controller = new AbortController();
    const handle = await start(client);
    const waiting = handle.wait({ signal: controller.signal, intervalMs: 10_000 });
    setTimeout(() => controller.abort(), 50);
    const begun = performance.now();
    const error = await failure(waiting);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toMatch(/^GET \/api\/v1\/accounts\/\{accountId\}\/batches\/\{batchId\} was aborted while waiting to poll the job of POST .*; the job goes on on the server: wait again with waitForJob/);
    expect(performance.now() - begun).toBeLessThan(2000);
    await settle();
    expect(requests()).toEqual([started]);
  });

  it('aborted during a poll stops it with the client\'s AbortError', async () => {
    const { client, requests } = scripted([accepted(), 'stall', job('completed')]);
    const controller = new AbortController();
    const waiting = (await start(client)).wait({ signal: controller.signal, intervalMs: 10 });
    setTimeout(() => controller.abort(), 100);
    const error = await failure(waiting);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: POLL, message: expect.stringMatching(/was aborted \(attempt 1 of 3\)/) });
    await settle();
    expect(requests()).toEqual([started, polled]);
  });

  it('is let go once waiting ends, after many real pauses between polls', async () => {
    const { client, requests } = scripted([accepted(), ...Array.from({ length: 12 }, () => job('inProgress')), job('completed')]);
    const controller = new AbortController();
    await (await start(client)).wait({ signal: controller.signal, intervalMs: 2, maxIntervalMs: 4 });
    expect(requests()).toHaveLength(14);
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
  });

  it('already aborted sends no poll', async () => {
    const { client, requests, hooks } = scripted([accepted(), job('completed')]);
    const handle = await start(client);
    expect(await failure(handle.wait({ ...hooks, signal: AbortSignal.abort() }))).toBeInstanceOf(AbortError);
    await settle();
    expect(requests()).toEqual([started]);
  });
});

describe('waitForJob', () => {
  it('polls a job started earlier at once, from its stored ids, until it is done', async () => {
    const { client, requests, delays, hooks } = scripted([job('inProgress'), job('completed')]);
    const stored = JSON.parse(JSON.stringify({ accountId: 'acc-1', batchId: BATCH }));
    expect(await waitForJob(client, 'POST', START, stored, spec, hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([polled, polled]);
    expect(delays).toEqual([750]);
  });

  it('resumes from a JobTimeoutError\'s ids', async () => {
    const { client, requests, hooks } = scripted([accepted(), job('inProgress'), job('completed')]);
    const timedOut = (await failure((await start(client)).wait({ ...hooks, timeoutMs: 1000 }))) as JobTimeoutError;
    expect(await waitForJob(client, timedOut.method, timedOut.pathTemplate, timedOut.ids, spec, hooks)).toMatchObject({ status: 'completed' });
    expect(requests()).toEqual([started, polled, polled]);
  });

  it.each([
    { case: 'an id missing', ids: { accountId: 'acc-1' }, message: /^ids\.batchId must be the job's batchId, as `ids` of startJob's answer or of an error gives it \(got nothing\)\.$/ },
    { case: 'an empty id', ids: { accountId: '', batchId: BATCH }, message: /^ids\.accountId must be the job's accountId/ },
  ])('refuses $case before sending anything', async ({ ids, message }) => {
    const { client, hits } = scripted([]);
    expect(() => waitForJob(client, 'POST', START, ids, spec)).toThrow(ConfigurationError);
    expect(() => waitForJob(client, 'POST', START, ids, spec)).toThrow(message);
    await settle();
    expect(hits()).toHaveLength(0);
  });
});

describe('what wait refuses before polling', () => {
  it.each([
    { case: 'a negative timeoutMs', options: { timeoutMs: -1 }, message: /^timeoutMs must be a number of milliseconds, 0 or more \(got -1\)\.$/ },
    { case: 'an intervalMs that is no number', options: { intervalMs: '1000' }, message: /^intervalMs must be a number of milliseconds/ },
  ])('$case', async ({ options, message }) => {
    const { client, requests } = scripted([accepted(), job('completed')]);
    const handle = await start(client);
    const error = await failure(handle.wait(options as WaitOptions));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect(requests()).toEqual([started]);
  });

  it.each([
    { case: 'a status that is no JSON Pointer', given: { ...spec, status: 'status' }, message: /^spec\.status must be a JSON Pointer such as "\/id" \(got "status"\)\.$/ },
    { case: 'an id pointer that is no JSON Pointer', given: { ...spec, parameters: { batchId: 'id' } }, message: /^spec\.parameters\.batchId must be a JSON Pointer such as "\/id" \(got "id"\)\.$/ },
    { case: 'no parameters', given: { ...spec, parameters: undefined }, message: /^spec\.parameters must be an object of JSON Pointers/ },
    { case: 'a list that is no list', given: { ...spec, failed: 'failed' }, message: /^spec\.failed must be a list of statuses \(got "failed"\)\.$/ },
  ])('a spec with $case, before starting the job', async ({ given, message }) => {
    const { client, hits } = scripted([accepted()]);
    await expect(startJob(client, 'POST', START, { params: { path: { accountId: 'a' } } }, given as unknown as PollSpec)).rejects.toThrow(message);
    expect(hits()).toHaveLength(0);
  });
});
