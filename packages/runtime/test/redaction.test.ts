import { describe, expect, it } from 'vitest';
import * as runtime from '../src/index.js';
import type { BaseClientOptions, Credential } from '../src/index.js';
import { type FakeStep, networkFailure, recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const apiKey = 'ck_live_9f8e7d6c5b4a';
const authToken = 'tok-Zq81-secret';
const credentials: Credential[] = [
  { option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: apiKey },
  { option: 'authToken', header: 'X-Auth-Token', value: authToken },
];
const secrets = [apiKey, authToken];

/** Every text an error exposes: message, stack, JSON, own properties, and the same down its causes. */
function exposedText(error: unknown, depth = 0): string {
  if (typeof error !== 'object' || error === null || depth > 5) return String(error);
  const parts = [String(error), JSON.stringify(error) ?? ''];
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = (error as Record<string, unknown>)[key];
    parts.push(key, typeof value === 'object' && value !== null ? exposedText(value, depth + 1) : String(value));
  }
  return parts.join('\n');
}

/** A fetch failure that quotes the request's headers, as some proxies' errors do. */
function echoingFailure(): FakeStep {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`proxy refused: Authorization: Bearer ${apiKey}; X-Auth-Token: ${authToken}`), { code: 'ECONNREFUSED', headers: { 'x-auth-token': authToken } }) });
}

async function failure(steps: FakeStep[], options: BaseClientOptions = {}) {
  const fake = scriptedFetch(steps);
  const client = testClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials }, { fetch: fake.fetch, sleep: recordingSleep().sleep, ...options });
  return client.GET('/things/{id}', { params: { path: { id: '1' }, query: { email: 'john.doe@example.com', phone: '+16511112222' } } }).then(
    () => expect.unreachable('the call should have thrown'),
    (caught: unknown) => caught,
  );
}

describe('redaction', () => {
  it.each([
    { name: 'a network error quoting the headers', steps: [echoingFailure(), echoingFailure(), echoingFailure()], options: {}, want: 'NetworkError' },
    { name: 'a timeout', steps: ['hang', 'hang', 'hang'] as FakeStep[], options: { timeoutMs: 5 }, want: 'TimeoutError' },
    { name: 'an HTTP error echoing the headers', steps: [Response.json({ message: `bad token ${authToken}`, echo: { authorization: `Bearer ${apiKey}` } }, { status: 401 })], options: { throwOnError: true }, want: 'AuthenticationError' },
  ])('keeps credentials out of $name', async ({ steps, options, want }) => {
    const error = await failure(steps, options);
    expect((error as Error).name).toBe(want);
    const text = exposedText(error);
    expect(text).toContain('[redacted]'.repeat(want === 'TimeoutError' ? 0 : 1));
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('never puts the filled URL, with its e-mail address and phone number, in an error', async () => {
    const text = exposedText(await failure([networkFailure('ECONNRESET')], { maxRetries: 0 }));
    expect(text).not.toMatch(/john|6511112222|api\.example\.com/);
  });

  it('keeps the cause, code included, with the credentials replaced', async () => {
    const error = await failure([echoingFailure()], { maxRetries: 0 });
    const inner = ((error as Error).cause as Error).cause as Error & { code: string };
    expect([inner.message, inner.code]).toEqual(['proxy refused: Authorization: Bearer [redacted]; X-Auth-Token: [redacted]', 'ECONNREFUSED']);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
  });

  it('keeps a cause that mentions no credential as it was', async () => {
    const original = networkFailure('ECONNRESET');
    const error = await failure([original], { maxRetries: 0 });
    expect((error as Error).cause).toBe(original);
  });
});

describe('every error class a call can throw', () => {
  const userId = 'u-77aa-secret';
  const all: Credential[] = [...credentials, { option: 'userId', header: 'X-User-Id', value: userId }];
  const echoed = `Bearer ${apiKey} ${authToken} ${userId}`;
  const echoingAnswer = (status: number, body: string = JSON.stringify({ message: `refused ${echoed}`, echo: echoed })) =>
    new Response(body, { status, headers: { 'content-type': 'application/json', 'x-echo': echoed, 'retry-after': '3600' } });
  const aborting = new AbortController();
  aborting.abort(new Error(`stopped while sending ${echoed}`));
  // One way to get each class, every one of them echoing every credential.
  const scenarios: Record<string, { steps: FakeStep[]; options?: BaseClientOptions; signal?: AbortSignal }> = {
    NetworkError: { steps: [echoingFailure(), echoingFailure(), echoingFailure()] },
    TimeoutError: { steps: ['hang', 'hang', 'hang'], options: { timeoutMs: 5 } },
    AbortError: { steps: [], signal: aborting.signal },
    ResponseParseError: { steps: [echoingAnswer(200, `not JSON: ${echoed}`)] },
    HttpError: { steps: [echoingAnswer(418)] },
    BadRequestError: { steps: [echoingAnswer(400)] },
    AuthenticationError: { steps: [echoingAnswer(401)] },
    PermissionDeniedError: { steps: [echoingAnswer(403)] },
    NotFoundError: { steps: [echoingAnswer(404)] },
    ConflictError: { steps: [echoingAnswer(409)] },
    UnprocessableEntityError: { steps: [echoingAnswer(422)] },
    RateLimitError: { steps: [echoingAnswer(429)] },
    ServerError: { steps: [echoingAnswer(503)] },
  };

  it('has a scenario for every error class the runtime exports for a call', () => {
    const classes = Object.entries(runtime).filter(([, value]) => typeof value === 'function' && value.prototype instanceof runtime.RequestError);
    expect(Object.keys(scenarios).sort()).toEqual(classes.map(([name]) => name).sort());
  });

  it.each(Object.entries(scenarios))('keeps every credential option out of a %s', async (name, { steps, options, signal }) => {
    const fake = scriptedFetch(steps);
    const client = testClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials: all }, { fetch: fake.fetch, sleep: recordingSleep().sleep, throwOnError: true, ...options });
    const error = await client.GET('/things/{id}', { params: { path: { id: '1' } }, signal }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe(name);
    const text = exposedText(error);
    for (const secret of [apiKey, authToken, userId]) expect(text).not.toContain(secret);
  });
});
