import { describe, expect, it } from 'vitest';
import { type BaseClientOptions, createApiClient, type Credential, maskPersonalData } from '../src/index.js';
import { type FakeStep, networkFailure, recordingSleep, scriptedFetch } from './support/fakes.js';
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
  const lines: string[] = [];
  const fake = scriptedFetch(steps);
  const client = createApiClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials }, { fetch: fake.fetch, sleep: recordingSleep().sleep, debug: (line) => lines.push(line), ...options });
  const error = await client.GET('/things/{id}', { params: { path: { id: '1' }, query: { email: 'john.doe@example.com', phone: '+16511112222' } } }).then(
    () => expect.unreachable('the call should have thrown'),
    (caught: unknown) => caught,
  );
  return { error, lines };
}

describe('redaction', () => {
  it.each([
    { name: 'a network error quoting the headers', steps: [echoingFailure(), echoingFailure(), echoingFailure()], options: {}, want: 'NetworkError' },
    { name: 'a timeout', steps: ['hang', 'hang', 'hang'] as FakeStep[], options: { timeoutMs: 5 }, want: 'TimeoutError' },
    { name: 'an HTTP error echoing the headers', steps: [Response.json({ message: `bad token ${authToken}`, echo: { authorization: `Bearer ${apiKey}` } }, { status: 401 })], options: { throwOnError: true }, want: 'HttpError' },
  ])('keeps credentials out of $name and its debug lines', async ({ steps, options, want }) => {
    const { error, lines } = await failure(steps, options);
    expect((error as Error).name).toBe(want);
    const text = exposedText(error);
    expect(text).toContain('[redacted]'.repeat(want === 'TimeoutError' ? 0 : 1));
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      for (const line of lines) expect(line).not.toContain(secret);
    }
    expect(lines.length).toBe(want === 'HttpError' ? 1 : 3);
  });

  it('keeps the cause, code included, with the credentials replaced', async () => {
    const { error } = await failure([echoingFailure()], { maxRetries: 0 });
    const inner = ((error as Error).cause as Error).cause as Error & { code: string };
    expect([inner.message, inner.code]).toEqual(['proxy refused: Authorization: Bearer [redacted]; X-Auth-Token: [redacted]', 'ECONNREFUSED']);
  });

  it('keeps a cause that mentions no credential as it was', async () => {
    const original = networkFailure('ECONNRESET');
    const { error } = await failure([original], { maxRetries: 0 });
    expect((error as Error).cause).toBe(original);
  });

  it('logs one line per attempt with e-mail addresses and phone numbers masked', async () => {
    const { lines } = await failure([new Response('{}', { status: 503 }), new Response('{}', { status: 503 }), new Response('{}', { status: 503 })], { throwOnError: true, random: () => 0.5, retryBaseDelayMs: 10 });
    expect(lines.map((line) => line.replace(/in \d+ ms/, 'in N ms'))).toEqual([
      'GET https://api.example.com/things/1?email=j***@example.com&phone=+1******2222 -> 503 in N ms (attempt 1 of 3); retrying in 5 ms',
      'GET https://api.example.com/things/1?email=j***@example.com&phone=+1******2222 -> 503 in N ms (attempt 2 of 3); retrying in 10 ms',
      'GET https://api.example.com/things/1?email=j***@example.com&phone=+1******2222 -> 503 in N ms (attempt 3 of 3)',
    ]);
  });
});

describe('maskPersonalData', () => {
  it.each([
    { text: 'to john@example.com', want: 'to j***@example.com' },
    { text: 'call +16511112222', want: 'call +1******2222' },
    { text: 'call +44 20 7946 0958', want: 'call +4*******0958' },
    { text: 'call (651) 111-2222', want: 'call 6*****2222' },
    { text: 'msisdn=16511112222', want: 'msisdn=1******2222' },
    { text: '/contacts/41764986 -> 404 in 12 ms', want: '/contacts/41764986 -> 404 in 12 ms' },
    { text: '/accounts/0f8fad5b-d9cb-469f-a165-70867728950e', want: '/accounts/0f8fad5b-d9cb-469f-a165-70867728950e' },
  ])('masks $text', ({ text, want }) => {
    expect(maskPersonalData(text)).toBe(want);
  });
});
