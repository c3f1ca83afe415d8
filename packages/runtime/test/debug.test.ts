import { describe, expect, it } from 'vitest';
import { debugLogging, maskPersonalData } from '../src/debug.js';
import { type BaseClientOptions, type Credential } from '../src/index.js';
import { type FakeStep, networkFailure, recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const apiKey = 'ck_live_9f8e7d6c5b4a';
const authToken = 'tok-Zq81+secret';
const credentials: Credential[] = [
  { option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: apiKey },
  { option: 'authToken', header: 'X-Auth-Token', value: authToken },
];

/** Calls GET /things/{id} once through a logging client and returns the lines logged. */
async function logged(steps: FakeStep[], id: string, options: BaseClientOptions = {}) {
  const lines: string[] = [];
  const client = testClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials }, { fetch: scriptedFetch(steps).fetch, sleep: recordingSleep().sleep, ...options });
  client.use(debugLogging((line) => lines.push(line)));
  await client.GET('/things/{id}', { params: { path: { id }, query: { email: 'john.doe@example.com', phone: '+16511112222' } } }).catch(() => undefined);
  return lines.map((line) => line.replace(/in \d+ ms/, 'in N ms'));
}

describe('debugLogging', () => {
  it('logs one line per call, after its retries, with e-mail addresses and phone numbers masked', async () => {
    expect(await logged([new Response('{}', { status: 503 }), new Response('{}', { status: 503 })], '1')).toEqual([
      'GET https://api.example.com/things/1?email=j***@example.com&phone=+1******2222 -> 200 in N ms',
    ]);
  });

  it.each([
    { name: 'a status', steps: [Response.json({}, { status: 404 })], options: {}, outcome: '404' },
    { name: 'an HttpError', steps: [Response.json({}, { status: 404 })], options: { throwOnError: true }, outcome: '404' },
    { name: 'a failure', steps: [networkFailure('ECONNREFUSED')], options: { maxRetries: 0 }, outcome: 'NetworkError' },
  ])('names $name as the outcome', async ({ steps, options, outcome }) => {
    expect(await logged(steps, '1', options)).toEqual([`GET https://api.example.com/things/1?email=j***@example.com&phone=+1******2222 -> ${outcome} in N ms`]);
  });

  it.each([
    { name: 'as it is', id: authToken },
    { name: 'URL-encoded', id: encodeURIComponent(apiKey) },
  ])('replaces a credential found in the URL $name', async ({ id }) => {
    const [line] = await logged([], id);
    expect(line).toBe('GET https://api.example.com/things/[redacted]?email=j***@example.com&phone=+1******2222 -> 200 in N ms');
  });

  it('never lets a failing logger fail the call', async () => {
    const client = testClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials }, { fetch: scriptedFetch([]).fetch });
    client.use(
      debugLogging(() => {
        throw new Error('disk full');
      }),
    );
    expect((await client.GET('/things/{id}', { params: { path: { id: '1' } } })).data).toEqual({ id: 'ok' });
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
