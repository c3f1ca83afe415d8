// callab.ai answers a contact that is not found, and any other failure, with
// HTTP 200 and a `status` other than `ok`: the client reports that answer as
// an error, and an `ok` answer as data.
import { describe, expect, it } from 'vitest';
import { createClient, HttpError } from '../generated/client.gen.js';

const id = '550e8400-e29b-41d4-a716-446655440000';

/** A client whose every call is answered with `body` and status 200, on a loopback URL. */
function answering(body: unknown) {
  return createClient({ baseUrl: 'http://127.0.0.1:9', token: 't', maxRetries: 0, fetch: async () => Response.json(body) });
}

describe('200 answers', () => {
  it('give the contact as data when status is ok', async () => {
    const { data, error } = await answering({ status: 'ok', message: 'ok', data: { id, firstname: 'John', metadata: null, notes: null } }).GET('/contacts/{id}', { params: { path: { id } } });
    expect(error).toBeUndefined();
    expect(data?.data?.firstname).toBe('John');
  });

  it.each(['error', 'fail', 'not_found'])('are an error when status is %s, with the message', async (status) => {
    const { data, error } = await answering({ status, message: 'Contact not found' }).GET('/contacts/{id}', { params: { path: { id } } });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ status, message: 'Contact not found' });
  });

  it.each(['/contacts/{id}', '/contact/{id}'] as const)('throw an HttpError with throwOnError, on %s', async (path) => {
    const call = answering({ status: 'error', message: 'Contact not found' }).GET(path, { params: { path: { id } }, throwOnError: true });
    await expect(call).rejects.toBeInstanceOf(HttpError);
  });
});
