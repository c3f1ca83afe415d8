// Arrays in the query are written as the operation's spec says (its
// `arrays` fact from codegen), not always as openapi-fetch's default; a call
// may still choose its own way.
import { expect, it } from 'vitest';
import { createApiClient } from '../src/index.js';
import { scriptedFetch } from './support/fakes.js';

const settings = {
  defaultBaseUrl: 'https://api.example.com',
  credentials: [],
  operations: { 'GET /search': { arrays: { style: 'form', explode: false } as const } },
};

async function sentQuery(path: string, init: Record<string, unknown>) {
  const { calls, fetch } = scriptedFetch([]);
  await createApiClient(settings, { fetch }).request('GET', path, init);
  return decodeURIComponent(new URL(calls[0]!.request.url).search);
}

it('writes an array comma-separated where the spec says form, not exploded', async () => {
  expect(await sentQuery('/search', { params: { query: { details: ['PHONE', 'ADDRESS'], size: 2 } } })).toBe('?details=PHONE,ADDRESS&size=2');
});

it('keeps openapi-fetch’s default for an operation whose spec says nothing', async () => {
  expect(await sentQuery('/other', { params: { query: { details: ['PHONE', 'ADDRESS'] } } })).toBe('?details=PHONE&details=ADDRESS');
});

it('lets a call write its arrays its own way', async () => {
  const querySerializer = { array: { style: 'pipeDelimited', explode: false } };
  expect(await sentQuery('/search', { params: { query: { details: ['PHONE', 'ADDRESS'] } }, querySerializer })).toBe('?details=PHONE|ADDRESS');
});
