// A failure the server answers with 200: the legacy contact GET says
// `{ contact: null }` for an unknown id. The spec declares that body a
// NotFoundError, and the client treats it as any other failure.
import { type AnsweringServer, answeringServer } from '@contactkit/mock-tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, NotFoundError } from '../generated/client.gen.ts';
import { responseValidation } from '../generated/validation.gen.ts';

const known = { _id: '653f9ce1a2f73c7460e18e82', name: 'Chris' };
let server: AnsweringServer;

beforeAll(async () => {
  server = await answeringServer();
});
afterAll(() => server.close());

const get = (throwOnError: boolean) =>
  createClient({ authToken: 'token', userId: 'user', baseUrl: server.url, throwOnError }).GET('/api/v1/omnichannel/contact', { params: { query: { contactId: 'unknown' } } });

describe('GET /api/v1/omnichannel/contact answering 200 { contact: null }', () => {
  it('returns the body as error, not data', async () => {
    server.answer({ contact: null, success: true });
    const { data, error, response } = await get(false);
    expect([data, error, response.status]).toEqual([undefined, { contact: null, success: true }, 200]);
  });

  it('throws the declared NotFoundError with throwOnError', async () => {
    server.answer({ contact: null, success: true });
    const error = await get(true).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 200, pathTemplate: '/api/v1/omnichannel/contact', body: { contact: null, success: true } });
    expect((error as Error).message).toBe('GET /api/v1/omnichannel/contact answered HTTP 200 with a body its spec declares a NotFoundError (attempt 1 of 3); check the ids it sent.');
  });

  it('returns a found contact as data', async () => {
    server.answer({ contact: known, success: true });
    const { data, error } = await get(true);
    expect([data, error]).toEqual([{ contact: known, success: true }, undefined]);
  });

  it('is an answer the spec allows: contact is an object or null, nothing else', async () => {
    const client = createClient({ authToken: 'token', userId: 'user', baseUrl: server.url });
    client.use(responseValidation());
    const get = () => client.GET('/api/v1/omnichannel/contact', { params: { query: { contactId: 'unknown' } } });
    server.answer({ contact: null, success: true });
    expect((await get()).error).toEqual({ contact: null, success: true });
    server.answer({ contact: 'none', success: true });
    await expect(get()).rejects.toMatchObject({ name: 'ResponseValidationError', issues: [expect.objectContaining({ at: 'body.contact' })] });
  });
});
