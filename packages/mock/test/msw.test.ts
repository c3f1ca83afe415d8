// The in-process handlers answer as the spec documents, in this process,
// through msw's interception of fetch.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledValidator } from '@contactkit/runtime/validation';
import { type MswOperation, mswHandlers } from '../src/msw.js';

const baseUrl = 'https://chat.example.com';
const contact = { contact: { _id: '673c76df47a6c9b89dd263d8', name: 'John Doe' }, success: true };
const unauthorized = { status: 'error', message: 'You must be logged in to do this.' };
const badRequest = { success: false, error: 'must pass "isNotEmpty" keyword validation [invalid-params]' };

/** The query validator Ajv compiles for `{ contactId: string, minLength 1, required }`. */
const contactQuery: CompiledValidator = Object.assign(
  (query: unknown) => {
    const { contactId } = query as { contactId?: unknown };
    contactQuery.errors =
      contactId === undefined
        ? [{ instancePath: '', keyword: 'required', message: "must have required property 'contactId'", params: { missingProperty: 'contactId' } }]
        : typeof contactId !== 'string' || contactId.length < 1
          ? [{ instancePath: '/contactId', keyword: 'minLength', message: 'must NOT have fewer than 1 characters', params: { limit: 1 } }]
          : null;
    return !contactQuery.errors;
  },
  { errors: null },
);

/** The body validator Ajv compiles for `{ type: object }`. */
const contactBody: CompiledValidator = Object.assign(
  (body: unknown) => {
    contactBody.errors = typeof body === 'object' && body !== null ? null : [{ instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } }];
    return !contactBody.errors;
  },
  { errors: null },
);

const operations: MswOperation[] = [
  {
    method: 'GET',
    path: '/api/v1/omnichannel/contacts.get',
    credentials: [['X-Auth-Token', 'X-User-Id']],
    answers: { 200: [{ name: 'contact', value: contact }], 400: [{ value: badRequest }], 401: [{ value: unauthorized }], 404: [] },
    validators: { query: contactQuery },
  },
  { method: 'DELETE', path: '/contacts/{contactId}', credentials: [[]], answers: { 204: [] } },
  { method: 'POST', path: '/contacts', credentials: [[]], answers: { 201: [{ value: { id: 1 } }] }, validators: { body: contactBody }, bodyRequired: true },
];

const server = setupServer(...mswHandlers(baseUrl, operations));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const credentials = { 'X-Auth-Token': 'token', 'X-User-Id': 'user' };
const violations = (response: Response) => JSON.parse(response.headers.get('x-mock-violations') ?? '[]');

describe('mswHandlers', () => {
  it('answers the first documented example of the success status', async () => {
    const response = await fetch(`${baseUrl}/api/v1/omnichannel/contacts.get?contactId=673c76df47a6c9b89dd263d8`, { headers: credentials });
    expect([response.status, await response.json()]).toEqual([200, contact]);
  });

  it('answers the documented 401 to a request without every credential of its operation', async () => {
    const response = await fetch(`${baseUrl}/api/v1/omnichannel/contacts.get?contactId=673c76df47a6c9b89dd263d8`, { headers: { 'X-Auth-Token': 'token' } });
    expect([response.status, await response.json()]).toEqual([401, unauthorized]);
  });

  it.each([
    { name: 'a missing required parameter', query: '', at: 'query.contactId', rule: 'required' },
    { name: 'an empty one', query: '?contactId=', at: 'query.contactId', rule: 'minLength' },
  ])('answers the documented 400 to $name, naming the field and the rule', async ({ query, at, rule }) => {
    const response = await fetch(`${baseUrl}/api/v1/omnichannel/contacts.get${query}`, { headers: credentials });
    expect([response.status, await response.json()]).toEqual([400, badRequest]);
    expect(violations(response)).toEqual([expect.objectContaining({ at, rule })]);
  });

  it('answers a success without a documented body with its status and no body, path parameters in place', async () => {
    const response = await fetch(`${baseUrl}/contacts/42`, { method: 'DELETE' });
    expect([response.status, await response.text()]).toEqual([204, '']);
  });

  it.each([
    { name: 'a body that is not JSON', body: 'firstName=John', rule: 'type', message: 'must be object' },
    { name: 'no body', body: undefined, rule: 'required', message: 'is required' },
  ])('answers $name with a 422 problem naming the body and the rule, where no 400 is documented', async ({ body, rule, message }) => {
    const response = await fetch(`${baseUrl}/contacts`, { method: 'POST', body });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ status: 422, detail: `body ${message}`, violations: [{ at: 'body', rule, message }] });
  });
});
