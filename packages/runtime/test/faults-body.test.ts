import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSettings, BadRequestError, type BaseClientOptions, ResponseParseError, ServerError } from '../src/index.js';
import { recordingSleep, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { type Step, startScriptedServer } from './support/server.js';

// Answers that arrive whole but whose body is not what the API documents.
let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const apiKey = 'Zq81f8e7d6c5b4a3e2d1';

function client(steps: Step[], options: BaseClientOptions = {}, settings: Partial<ApiSettings> = {}) {
  const run = server.run(steps);
  const api = testClient<Paths>({ credentials: [{ option: 'apiKey', header: 'x-api-key', value: apiKey }], ...settings }, { baseUrl: server.url, headers: run.headers, sleep: recordingSleep().sleep, ...options });
  return { hits: run.hits, get: () => api.GET('/things/{id}', { params: { path: { id: '1' } } }) };
}

const failure = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call should have thrown'), (caught: unknown) => caught);

describe('a 2xx body that is not JSON', () => {
  it('throws a ResponseParseError with an excerpt, after one request', async () => {
    const { get, hits } = client([{ status: 200, rawBody: '<html>Gateway says hi</html>' }]);
    const error = await failure(get());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, excerpt: '<html>Gateway says hi</html>', attempts: 1, maxAttempts: 3 });
    expect((error as Error).message).toMatch(/^GET \/things\/\{id\} answered HTTP 200 with a body that is not JSON \(attempt 1 of 3\); /);
    expect(hits().length).toBe(1);
  });

  it('keeps the excerpt to the first 200 characters', async () => {
    const { get } = client([{ status: 200, rawBody: `{"id": ${'x'.repeat(300)}` }]);
    expect(((await failure(get())) as ResponseParseError).excerpt).toBe(`{"id": ${'x'.repeat(193)}`);
  });

  it('keeps a credential the body echoes out of the excerpt', async () => {
    const { get } = client([{ status: 200, rawBody: `Invalid key ${apiKey}, try again` }]);
    expect(((await failure(get())) as ResponseParseError).excerpt).toBe('Invalid key [redacted], try again');
  });

  it('keeps a credential that straddles the 200th character out of the excerpt', async () => {
    // The key takes characters 181 to 200: cut to 200 before scrubbing, its first 19 characters would show.
    const { get } = client([{ status: 200, rawBody: `${'x'.repeat(181)}${apiKey}` }]);
    const { excerpt } = (await failure(get())) as ResponseParseError;
    expect(excerpt).toBe(`${'x'.repeat(181)}[redacted]`.slice(0, 200));
  });

  it('keeps a credential the body echoes out of the cause', async () => {
    // V8 quotes a short unparsable text whole in its SyntaxError.
    const { get } = client([{ status: 200, rawBody: apiKey }]);
    const error = (await failure(get())) as ResponseParseError;
    expect(error.excerpt).toBe('[redacted]');
    expect(String(error.cause)).not.toContain(apiKey);
  });

  it('keeps every part of a credential out of the cause', async () => {
    // Of a longer text, V8 quotes 10 characters from where parsing failed: here half the key.
    const { get } = client([{ status: 200, rawBody: `${apiKey} rejected` }]);
    const error = (await failure(get())) as ResponseParseError;
    expect(error.excerpt).toBe('[redacted] rejected');
    expect(String(error.cause)).not.toContain(apiKey.slice(0, 10));
  });
});

describe('an error answer whose body is not JSON', () => {
  const plain = { status: 400, headers: { 'content-type': 'text/html', 'x-request-id': 'req-42' }, rawBody: '<h1>400 Bad Request</h1>' };

  it('throws the status family’s class with throwOnError: no body, its text kept', async () => {
    const { get, hits } = client([plain], { throwOnError: true }, { requestIdHeader: 'X-Request-Id' });
    const error = await failure(get());
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, body: undefined, text: '<h1>400 Bad Request</h1>', requestId: 'req-42', attempts: 1 });
    expect((error as BadRequestError).headers).toMatchObject({ 'content-type': 'text/html', 'x-request-id': 'req-42' });
    expect(hits().length).toBe(1);
  });

  it('is returned as { error } with its text without throwOnError', async () => {
    const { get, hits } = client([plain]);
    const { data, error, response } = await get();
    expect([data, error, response.status, hits().length]).toEqual([undefined, '<h1>400 Bad Request</h1>', 400, 1]);
  });

  it('of a 503 is retried, then thrown as a ServerError with its text', async () => {
    const down = { status: 503, rawBody: 'upstream down' };
    const { get, hits } = client([down, down, down], { throwOnError: true });
    const error = await failure(get());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, body: undefined, text: 'upstream down', attempts: 3 });
    expect(hits().length).toBe(3);
  });
});

describe('an empty 2xx body', () => {
  const documented = { operations: { 'GET /things/{id}': { json: [200] } } };

  it('throws a ResponseParseError where the spec documents JSON', async () => {
    const { get, hits } = client([{ status: 200, rawBody: '' }], {}, documented);
    const error = await failure(get());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, excerpt: '', attempts: 1 });
    expect((error as Error).message).toContain('answered HTTP 200 with an empty body where JSON is documented');
    expect(hits().length).toBe(1);
  });

  it('gives data undefined where the spec documents none', async () => {
    const { get, hits } = client([{ status: 200, rawBody: '' }]);
    const { data, error, response } = await get();
    expect([data, error, response.status, hits().length]).toEqual([undefined, undefined, 200, 1]);
  });

  it('gives data undefined for a status the spec documents without JSON', async () => {
    const { get, hits } = client([{ status: 202, rawBody: '' }], {}, documented);
    const { data, response } = await get();
    expect([data, response.status, hits().length]).toEqual([undefined, 202, 1]);
  });
});

describe('a 2xx body the spec documents as not JSON (e.g. a delete\'s "typically empty" answer)', () => {
  const documented = { operations: { 'GET /things/{id}': { text: [200] } } };

  it('is given as text, never parsed', async () => {
    const { get, hits } = client([{ status: 200, rawBody: 'Contact deleted' }], {}, documented);
    const { data, error } = await get();
    expect([data, error, hits().length]).toEqual(['Contact deleted', undefined, 1]);
  });

  it('gives data undefined when empty', async () => {
    const { get } = client([{ status: 200, rawBody: '' }], {}, documented);
    expect((await get()).data).toBeUndefined();
  });

  it('still fails on a status documented as JSON', async () => {
    const { get } = client([{ status: 200, rawBody: 'Contact deleted' }], {}, { operations: { 'GET /things/{id}': { json: [200], text: [201] } } });
    expect(await failure(get())).toBeInstanceOf(ResponseParseError);
  });
});
