// How an operation's array query parameters are sent: openapi-fetch's
// default (form, exploded) needs no fact; any other way the spec states is
// passed on, and ways a call cannot send are refused at generate time.
import { expect, it } from 'vitest';
import { arrayStyle } from '../src/client-entry.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';

const array = { type: 'array', items: { type: 'string' } };
function operationWith(...parameters: Record<string, unknown>[]) {
  const document: OpenApiDocument = { paths: { '/search': { get: { operationId: 'search', parameters: parameters.map((parameter, index) => ({ name: `p${index}`, in: 'query', schema: array, ...parameter })), responses: { '200': { description: 'OK' } } } } } };
  return listOperations(document)[0]!;
}

it('needs no fact for openapi-fetch’s default, stated or not', () => {
  expect(arrayStyle(operationWith({}))).toBeUndefined();
  expect(arrayStyle(operationWith({ style: 'form', explode: true }))).toBeUndefined();
});

it('passes on a comma-separated or delimited array', () => {
  expect(arrayStyle(operationWith({ explode: false }))).toEqual({ style: 'form', explode: false });
  expect(arrayStyle(operationWith({ style: 'pipeDelimited', explode: false }))).toEqual({ style: 'pipeDelimited', explode: false });
});

it('refuses arrays written two ways in one operation, naming the operation and the fix', () => {
  expect(() => arrayStyle(operationWith({ explode: false }, {}))).toThrow(/^GET \/search: its array query parameters are written in different ways .*give them the same style and explode\.$/);
});

it('refuses a style a call cannot send, naming the ones it can', () => {
  expect(() => arrayStyle(operationWith({ style: 'deepObject', explode: true }))).toThrow('GET /search: array query style "deepObject" cannot be sent; use one of form, spaceDelimited, pipeDelimited.');
});
