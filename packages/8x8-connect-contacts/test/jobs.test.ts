// Starting 8x8 Connect's batch jobs and waiting for them through the poll
// entry, against the Prism mock: the start answers 202 with a queued job,
// and the poll of `getBatchById` is asked (Prefer) for the documented
// completed job. Statuses, deadlines and aborts across many polls are the
// runtime's tests, on a real server.
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type BatchJob, type BatchUploadJob, createClient } from '../generated/client.gen.js';
import { JobTimeoutError, startJob, waitForJob } from '../generated/poll.gen.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A client whose polls Prism answers with the given documented example of `getBatchById`. */
function polling(example: 'queued' | 'completed', sent: Request[] = []) {
  return createClient({
    apiKey: 'test-api-key',
    baseUrl: inject('mockUrl'),
    fetch: (request) => {
      sent.push(request);
      if (request.method === 'GET') request.headers.set('Prefer', `example=${example}`);
      return fetch(request);
    },
  });
}

describe('startJob against the mock', () => {
  it('starts a batch delete, then one poll finds it completed', async () => {
    const sent: Request[] = [];
    const job = await startJob(polling('completed', sent), 'POST', '/api/v1/accounts/{accountId}/contacts/batches/deleteContacts', {
      params: { path: { accountId } },
      body: { ids: [41764539, 41764538] },
    });
    expect(violationsOf(job.response)).toEqual([]);
    expect(job.job).toMatchObject({ type: 'deleteContacts', status: 'queued' });
    expect(job.ids).toEqual({ accountId, batchId: job.job.id });

    const done = await job.wait({ intervalMs: 1 });
    expect(done).toMatchObject({ id: job.job.id, status: 'completed' });
    expect(sent.map(({ method, url }) => `${method} ${new URL(url).pathname}`)).toEqual([
      `POST /api/v1/accounts/${accountId}/contacts/batches/deleteContacts`,
      `GET /api/v1/accounts/${accountId}/batches/${job.job.id}`,
    ]);
  });

  it('uploads a file as a form, and waits for the import by its stored ids', async () => {
    const client = polling('completed');
    const upload = await startJob(client, 'POST', '/api/v1/accounts/{accountId}/contacts/batches/createContacts', {
      params: { path: { accountId } },
      body: { file: new File(['msisdn,firstName\n6512345678,John\n'], 'contacts.csv', { type: 'text/csv' }), groups: '8199' },
    });
    expect(violationsOf(upload.response)).toEqual([]);
    expect(upload.job).toMatchObject({ type: 'createContacts', fileType: 'csv' });
    const done = await waitForJob(client, 'POST', '/api/v1/accounts/{accountId}/contacts/batches/createContacts', upload.ids, { intervalMs: 1 });
    expect(done.status).toBe('completed');
  });

  it('stops at its deadline while the job stays queued, naming the last status', async () => {
    const job = await startJob(polling('queued'), 'POST', '/api/v1/accounts/{accountId}/groups/batches/copyContacts', {
      params: { path: { accountId }, query: { from: 8199, to: 8039 } },
    });
    const waited = job.wait({ timeoutMs: 300, intervalMs: 20, maxIntervalMs: 40 });
    await expect(waited).rejects.toBeInstanceOf(JobTimeoutError);
    await expect(waited).rejects.toThrow(/queued/);
  });
});

describe('types', () => {
  it('types the start answer as the 202 job and the final job as the poll answer', () => {
    const typed = async () => {
      const upload = await startJob(createClient({ apiKey: 'k' }), 'POST', '/api/v1/accounts/{accountId}/contacts/batches/createContacts', {
        params: { path: { accountId } },
        body: { file: new Uint8Array([1, 2, 3]) },
      });
      expectTypeOf(upload.job).toEqualTypeOf<BatchUploadJob>();
      expectTypeOf(await upload.wait()).toExtend<BatchJob>();
      expectTypeOf((await upload.wait()).status).toEqualTypeOf<BatchJob['status']>();
    };
    expectTypeOf(typed).toBeFunction();
  });
});
