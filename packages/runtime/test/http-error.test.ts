import { describe, expect, it } from 'vitest';
import { HttpError, NotFoundError, ServerError } from '../src/index.js';
import { recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

// As generated for 8x8 from its error schema: the message and the error id to show.
const api = {
  defaultBaseUrl: 'https://contacts.8x8.com',
  credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: 'k' }],
  errorBody: { message: ['message'], code: ['errorId'] },
};
// The error body 8x8 documents for its Contacts API.
const eightByEight = { code: 1001, message: 'Contact not found', errorId: '0f8fad5b-d9cb-469f-a165-70867728950e' };

function client(steps: Response[], throwOnError: boolean) {
  const fake = scriptedFetch(steps);
  return { ...fake, client: testClient<Paths>(api, { fetch: fake.fetch, throwOnError, sleep: recordingSleep().sleep }) };
}

describe('throwOnError', () => {
  it('is off by default: a 404 comes back as { error, response }', async () => {
    const { client: api404 } = client([Response.json(eightByEight, { status: 404 })], false);
    const { data, error, response } = await api404.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect([data, error, response.status]).toEqual([undefined, eightByEight, 404]);
  });

  it('throws a NotFoundError with the status, body and error id of a 404', async () => {
    const { client: api404 } = client([Response.json(eightByEight, { status: 404 })], true);
    const error = await api404.GET('/things/{id}', { params: { path: { id: '1' } } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, body: eightByEight, code: eightByEight.errorId, method: 'GET', pathTemplate: '/things/{id}', attempts: 1, maxAttempts: 3 });
    expect((error as Error).message).toBe('GET /things/{id} answered HTTP 404 (0f8fad5b-d9cb-469f-a165-70867728950e): "Contact not found" (attempt 1 of 3); check the ids in the path.');
  });

  it('throws only once the retries are spent, counting them', async () => {
    const { calls, client: busy } = client([Response.json({}, { status: 503 }), Response.json({}, { status: 503 }), new Response('upstream down', { status: 503 })], true);
    const error = await busy.GET('/things/{id}', { params: { path: { id: '1' } } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ name: 'ServerError', status: 503, body: undefined, text: 'upstream down', code: undefined, attempts: 3 });
    expect((error as Error).message).toBe('GET /things/{id} answered HTTP 503 (attempt 3 of 3); try again later.');
    expect(calls.length).toBe(3);
  });

  it('returns data as usual for a 2xx', async () => {
    const { client: ok } = client([Response.json({ id: '9' })], true);
    expect((await ok.GET('/things/{id}', { params: { path: { id: '9' } } })).data).toEqual({ id: '9' });
  });
});
