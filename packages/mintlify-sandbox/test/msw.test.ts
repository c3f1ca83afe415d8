// The in-process mock (`./msw`): the contract tests shared with Prism's
// against the handlers, an answer of the test's own typed from the spec, and
// a refusal as the client sees it.
import { mswContractSuite } from '@contactkit/contract/msw';
import { violationsOf } from '@contactkit/mock-tools';
import { expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { handlers, typedHttp } from '../generated/msw.gen.js';

// Given, the base URL serves both operations, the earlier page's plain-http one too.
const baseUrl = 'https://callab.example.test';
const client = (options = {}) => createClient({ token: 'test-token', baseUrl, ...options });
const server = mswContractSuite({ spec: 'openapi.json', client, handlers: handlers(baseUrl) });
const id = '8b0f3a5e-2c1d-4e6f-9a7b-1c2d3e4f5a6b';

it('typedHttp() answers an operation as the test says, typed from the spec', async () => {
  server.use(typedHttp(baseUrl).get('/contacts/{id}', ({ response }) => response(200).json({ status: 'ok', message: 'found', data: { id, firstname: 'Mine' } })));
  const { data } = await client().GET('/contacts/{id}', { params: { path: { id } } });
  expect(data?.data).toEqual({ id, firstname: 'Mine' });
});

it('refuses an id that is not a UUID with a 422 problem (none is documented), naming the field and the rule', async () => {
  const { data, error, response } = await client().GET('/contacts/{id}', { params: { path: { id: 'contact-7' } } });
  expect([response.status, data]).toEqual([422, undefined]);
  expect(violationsOf(response, error).map(({ at, rule }) => `${at} ${rule}`).sort()).toEqual(['path.id format', 'path.id pattern']);
});
