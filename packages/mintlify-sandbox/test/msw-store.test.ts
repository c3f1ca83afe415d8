// The in-process mock with records (`handlers(baseUrl, { data })`): the API
// only reads contacts, so a test seeds the ones its code should see, and a
// read by id answers them in the API's `{status, message, data}` envelope.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { createMockData, handlers } from '../generated/msw.gen.js';

const ada = { id: '0b9a6f3e-2c1d-4e5f-8a7b-1c2d3e4f5a6b', firstname: 'Ada', lastname: 'Lovelace', phone_number: '+447700900123', tag_name: 'vip' };
const data = createMockData({ Contact: [ada] });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...handlers(undefined, { data })));
afterAll(() => server.close());

const client = createClient({ token: 'test-token', maxRetries: 0 });

describe('createMockData()', () => {
  it('answers a read of a seeded contact with it, in the envelope', async () => {
    const { data: answer } = await client.GET('/contacts/{id}', { params: { path: { id: ada.id } } });
    expect(answer).toEqual({ status: 'ok', message: 'Contact fetched successfully', data: ada });
  });

  it('answers the documented contacts too, by their ids', async () => {
    const { data: answer } = await client.GET('/contacts/{id}', { params: { path: { id: '550e8400-e29b-41d4-a716-446655440000' } } });
    expect(answer?.data?.firstname).toBe('John');
  });

  it('answers an id it does not hold with a 404 naming it (the API answers 200 with a failed status, which the client raises as well)', async () => {
    const { error, response } = await client.GET('/contacts/{id}', { params: { path: { id: '11111111-2222-4333-8444-555555555555' } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ detail: expect.stringContaining('no Contact with id "11111111-2222-4333-8444-555555555555"') });
  });

  it('refuses a seeded record that does not fit the spec, naming the field', () => {
    expect(() => createMockData({ Contact: [{ ...ada, last_call_duration: 'long' } as never] })).toThrow(/Contact\[0\]\.last_call_duration must be integer/);
  });
});
