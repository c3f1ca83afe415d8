// callab.ai answers a contact that is not found, and any other failure, with
// HTTP 200 and a `status` other than `ok`: the client reports that answer as
// an error, and an `ok` answer as data. Answered by a server on a real socket.
import { type AnsweringServer, answeringServer } from '@contactkit/mock-tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, HttpError } from '../generated/client.gen.js';
import { responseValidation } from '../generated/validation.gen.js';

const id = '550e8400-e29b-41d4-a716-446655440000';
let server: AnsweringServer;

beforeAll(async () => {
  server = await answeringServer();
});
afterAll(() => server.close());

/** A client of the loopback server, whose every call is answered with `body` and status 200. */
function answering(body: unknown) {
  server.answer(body);
  return createClient({ baseUrl: server.url, token: 't', maxRetries: 0 });
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

  it('are answers the spec allows with data null or left out, so response validation lets the error through', async () => {
    for (const failure of [{ status: 'error', message: 'Contact not found', data: null }, { status: 'error', message: 'Contact not found' }]) {
      const client = answering(failure);
      client.use(responseValidation());
      const { data, error } = await client.GET('/contacts/{id}', { params: { path: { id } } });
      expect([data, error]).toEqual([undefined, failure]);
    }
    const client = answering({ status: 'error', data: 'none' });
    client.use(responseValidation());
    await expect(client.GET('/contacts/{id}', { params: { path: { id } } })).rejects.toMatchObject({ name: 'ResponseValidationError' });
  });
});
