// The msw handlers read what travels as text as the spec types it: a path
// parameter and a form's parts; and an answer without a body says so.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CompiledValidator } from '@contactkit/runtime/validation';
import { type MswOperation, mswHandlers } from '../src/msw.js';

const baseUrl = 'https://groups.example.com';

/** The validator Ajv compiles for an object whose `name` must be of `type` (`integer` or `boolean`). */
function typedProperty(name: string, type: 'integer' | 'boolean', required = false): CompiledValidator {
  const validate: CompiledValidator = (value) => {
    if (typeof value !== 'object' || value === null) {
      validate.errors = [{ instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } }];
      return false;
    }
    const given = (value as Record<string, unknown>)[name];
    const fits = type === 'integer' ? Number.isInteger(given) : typeof given === 'boolean';
    validate.errors =
      given === undefined
        ? required
          ? [{ instancePath: '', keyword: 'required', message: `must have required property '${name}'`, params: { missingProperty: name } }]
          : null
        : fits
          ? null
          : [{ instancePath: `/${name}`, keyword: 'type', message: `must be ${type}`, params: { type } }];
    return !validate.errors;
  };
  return validate;
}

const operations: MswOperation[] = [
  { method: 'GET', path: '/groups/{groupId}', credentials: [[]], answers: { 200: [{ value: { id: 7 } }] }, validators: { path: typedProperty('groupId', 'integer') } },
  { method: 'POST', path: '/uploads', credentials: [[]], answers: { 202: [] }, validators: { body: typedProperty('fileHasHeader', 'boolean', true) }, bodyRequired: true },
];
const server = setupServer(...mswHandlers(baseUrl, operations));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const violations = (response: Response) => JSON.parse(response.headers.get('x-mock-violations') ?? '[]');
const form = (parts: Record<string, string>) => {
  const body = new FormData();
  for (const [name, value] of Object.entries(parts)) body.set(name, value);
  return { method: 'POST', body };
};

it('reads a path parameter the spec types an integer from its text', async () => {
  expect((await fetch(`${baseUrl}/groups/7`)).status).toBe(200);
  const refused = await fetch(`${baseUrl}/groups/seven`);
  expect([refused.status, violations(refused)]).toEqual([422, [{ at: 'path.groupId', rule: 'type', message: 'must be integer' }]]);
});

it('reads a form part the spec types a boolean from its text', async () => {
  const accepted = await fetch(`${baseUrl}/uploads`, form({ fileHasHeader: 'true' }));
  expect([accepted.status, violations(accepted)]).toEqual([202, []]);
});

it.each<{ name: string; parts: Record<string, string>; at: string; rule: string }>([
  { name: 'a part that is not a boolean', parts: { fileHasHeader: 'yes' }, at: 'body.fileHasHeader', rule: 'type' },
  { name: 'a missing part', parts: { other: 'x' }, at: 'body.fileHasHeader', rule: 'required' },
])('refuses a form with $name, naming the part and the rule', async ({ parts, at, rule }) => {
  const refused = await fetch(`${baseUrl}/uploads`, form(parts));
  expect([refused.status, violations(refused)]).toEqual([422, [expect.objectContaining({ at, rule })]]);
});

it('answers a documented status without a body with Content-Length 0, so that a client reads no body', async () => {
  const answer = await fetch(`${baseUrl}/uploads`, form({ fileHasHeader: 'false' }));
  expect([answer.status, answer.headers.get('content-length'), await answer.text()]).toEqual([202, '0', '']);
});
