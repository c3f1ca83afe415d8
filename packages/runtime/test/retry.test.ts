import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableMethod, isRetryableStatus } from '../src/internal.js';

describe('backoffDelay', () => {
  it.each([
    { retry: 0, random: 0.5, want: 50 },
    { retry: 1, random: 0.5, want: 100 },
    { retry: 3, random: 0.5, want: 400 },
    { retry: 10, random: 0.5, want: 500 },
    { retry: 2, random: 0, want: 0 },
  ])('retry $retry with random $random waits $want ms (base 100, cap 1000)', ({ retry, random, want }) => {
    expect(backoffDelay(retry, 100, 1000, () => random)).toBe(want);
  });
});

describe('what is retried', () => {
  it.each([408, 429, 500, 502, 503, 504, 599])('status %i is retried', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  it.each([200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 600])('status %i is not', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
  it.each([
    { method: 'GET', retryPost: false, want: true },
    { method: 'PUT', retryPost: false, want: true },
    { method: 'DELETE', retryPost: false, want: true },
    { method: 'HEAD', retryPost: false, want: true },
    { method: 'OPTIONS', retryPost: false, want: true },
    { method: 'POST', retryPost: false, want: false },
    { method: 'POST', retryPost: true, want: true },
    { method: 'PATCH', retryPost: true, want: false },
  ])('$method with retryPost $retryPost: $want', ({ method, retryPost, want }) => {
    expect(isRetryableMethod(method, retryPost)).toBe(want);
  });
});
