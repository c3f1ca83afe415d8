// What the user's own middleware sees of a failed call: the error with the
// spec's path template, never the filled URL with its ids, from the start.
import { describe, expect, it } from 'vitest';
import { networkFailure, recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const settings = { defaultBaseUrl: 'https://api.example.com', credentials: [{ option: 'apiKey', header: 'x-api-key', value: 'k' }] };

describe("the user's middleware", () => {
  it('sees the path template in the error onError gets, not the filled path', async () => {
    const seen: unknown[] = [];
    const client = testClient<Paths>(settings, { fetch: scriptedFetch([networkFailure('ECONNRESET')]).fetch, maxRetries: 0 });
    client.use({ onError: ({ error }) => void seen.push(error) });
    await client.GET('/things/{id}', { params: { path: { id: 'john.doe@example.com' } } }).catch(() => undefined);
    expect(seen).toEqual([expect.objectContaining({ name: 'NetworkError', pathTemplate: '/things/{id}' })]);
    expect(String((seen[0] as Error).message)).not.toContain('john');
  });

  it('sees an HttpError with the template when throwOnError is set, after the retries', async () => {
    const seen: unknown[] = [];
    const fake = scriptedFetch([Response.json({}, { status: 503 }), Response.json({}, { status: 503 }), Response.json({ message: 'down' }, { status: 503 })]);
    const client = testClient<Paths>(settings, { fetch: fake.fetch, sleep: recordingSleep().sleep, throwOnError: true });
    client.use({ onError: ({ error }) => void seen.push(error) });
    await client.GET('/things/{id}', { params: { path: { id: '42' } } }).catch(() => undefined);
    expect(seen).toEqual([expect.objectContaining({ name: 'ServerError', status: 503, attempts: 3, pathTemplate: '/things/{id}' })]);
    expect(fake.calls.length).toBe(3);
  });

  it('sees each call once, whatever its retries', async () => {
    let requests = 0;
    const fake = scriptedFetch([Response.json({}, { status: 503 })]);
    const client = testClient<Paths>(settings, { fetch: fake.fetch, sleep: recordingSleep().sleep });
    client.use({ onRequest: () => void requests++ });
    expect((await client.GET('/things/{id}', { params: { path: { id: '42' } } })).data).toEqual({ id: 'ok' });
    expect([requests, fake.calls.length]).toEqual([1, 2]);
  });

  it('may answer a call itself: its JSON becomes data, and a body that is not JSON a ResponseParseError', async () => {
    const fake = scriptedFetch([]);
    const client = testClient<Paths>(settings, { fetch: fake.fetch });
    let answer = Response.json({ id: 'from-middleware' });
    client.use({ onRequest: () => answer });
    expect((await client.GET('/things/{id}', { params: { path: { id: '1' } } })).data).toEqual({ id: 'from-middleware' });
    answer = new Response('<html>', { status: 200 });
    await expect(client.GET('/things/{id}', { params: { path: { id: '1' } } })).rejects.toMatchObject({ name: 'ResponseParseError', status: 200, excerpt: '<html>', pathTemplate: '/things/{id}' });
    expect(fake.calls.length).toBe(0);
  });
});
