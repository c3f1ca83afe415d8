// Types users get: per-call options checked, and `throwOnError` (the client's
// or the call's) narrowing the result so that `data` needs no `!`. These are
// checked by `tsc` (the package's typecheck); the runtime assertions keep
// vitest from reporting an empty file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiClient, HttpError, NotFoundError } from '../src/index.js';
import { testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

type Thing = { id: string };
// Real clients, so that the calls below run; every call gets `{ id: '1' }`.
const settings = { defaultBaseUrl: 'https://api.example.com', credentials: [] };
const fetch = async () => Response.json({ id: '1' });
const client = testClient<Paths>(settings, { fetch });
const throwing = testClient<Paths, true>(settings, { fetch, throwOnError: true });
const failing = client as unknown as ApiClient<Paths, false, 'get /things/{id}'>;
const params = { path: { id: '1' } };

describe('per-call options', () => {
  it('accepts timeoutMs, totalTimeoutMs, maxRetries, retry, throwOnError, signal and headers beside params', () => {
    expectTypeOf(client.GET).toBeCallableWith('/things/{id}', {
      params,
      timeoutMs: 5000,
      totalTimeoutMs: 20_000,
      maxRetries: 1,
      retry: false,
      throwOnError: true,
      signal: AbortSignal.timeout(1000),
      headers: { 'Accept-Language': 'en' },
    });
  });

  it('refuses options of the wrong type', () => {
    // Never called: the checks are the compiler's.
    const wrong = () => [
      // @ts-expect-error: a time limit is a number of milliseconds
      client.GET('/things/{id}', { params, timeoutMs: '5s' }),
      // @ts-expect-error: throwOnError is true or false
      client.GET('/things/{id}', { params, throwOnError: 'yes' }),
    ];
    expectTypeOf(wrong).toBeFunction();
    expectTypeOf(client.GET).parameter(0).toEqualTypeOf<'/things/{id}'>();
  });
});

describe('throwOnError narrows the result', () => {
  it('leaves data optional, beside error, by default', async () => {
    const result = await client.GET('/things/{id}', { params });
    expectTypeOf(result.data).toEqualTypeOf<Thing | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<{ code?: number; message?: string; errorId?: string } | undefined>();
  });

  it('makes data always there for a call with throwOnError: true', async () => {
    const { data } = await client.GET('/things/{id}', { params, throwOnError: true });
    expectTypeOf(data).toEqualTypeOf<Thing>();
  });

  it('makes data always there on a client created with throwOnError: true, unless the call says false', async () => {
    expectTypeOf((await throwing.GET('/things/{id}', { params })).data).toEqualTypeOf<Thing>();
    expectTypeOf((await throwing.POST('/things', { body: { name: 'Ann' } })).data).toEqualTypeOf<Thing>();
    expectTypeOf((await throwing.GET('/things/{id}', { params, throwOnError: false })).data).toEqualTypeOf<Thing | undefined>();
  });

  it('lets error hold a 2xx body for an operation whose spec declares some failures', async () => {
    const { error } = await failing.GET('/things/{id}', { params });
    expectTypeOf<Thing>().toExtend<NonNullable<typeof error>>();
  });
});

describe('error classes', () => {
  it('type body by their parameter, undefined when the answer had no JSON body', () => {
    expectTypeOf<NotFoundError<Thing>['body']>().toEqualTypeOf<Thing | undefined>();
    expectTypeOf<HttpError['body']>().toEqualTypeOf<unknown>();
    expectTypeOf<NotFoundError<Thing>>().toExtend<HttpError<Thing>>();
  });
});
