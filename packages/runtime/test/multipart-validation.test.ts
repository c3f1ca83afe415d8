// Request validation of a multipart/form-data body reads the form as the
// server does (each file a File, every other part text) and refuses, before
// sending, parts the spec forbids, with the same message as for JSON.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiClient, formDataOf } from '../src/index.js';
import { type CompiledValidator, ValidationError, validationMiddleware } from '../src/validation.js';
import { startServer } from './support/server.js';

type Errors = NonNullable<CompiledValidator['errors']>;

/**
 * The body validator codegen compiles for `{ file (binary, required), fileHasHeader?: boolean, groups?: digits }`,
 * with Ajv's keywords and messages: the file part is checked by codegen's `x-contactkit-binary` keyword.
 */
const uploadBody: CompiledValidator = (data) => {
  const parts = data as Record<string, unknown>;
  const errors: Errors = [];
  if (!('file' in parts)) errors.push({ instancePath: '', keyword: 'required', message: "must have required property 'file'", params: { missingProperty: 'file' } });
  else if (!(parts.file instanceof Blob || parts.file instanceof Uint8Array)) {
    errors.push({ instancePath: '/file', keyword: 'x-contactkit-binary', message: 'must be a file: a Blob, File or Uint8Array', params: {} });
  }
  if ('fileHasHeader' in parts && typeof parts.fileHasHeader !== 'boolean') errors.push({ instancePath: '/fileHasHeader', keyword: 'type', message: 'must be boolean', params: { type: 'boolean' } });
  if ('limit' in parts && typeof parts.limit !== 'number') errors.push({ instancePath: '/limit', keyword: 'type', message: 'must be integer', params: { type: 'integer' } });
  else if ('limit' in parts && (parts.limit as number) > 10) errors.push({ instancePath: '/limit', keyword: 'maximum', message: 'must be <= 10', params: { limit: 10 } });
  if ('groups' in parts && !/^\d+(,\d+)*$/.test(String(parts.groups))) errors.push({ instancePath: '/groups', keyword: 'pattern', message: 'must match pattern "^\\d+(,\\d+)*$"', params: {} });
  uploadBody.errors = errors.length ? errors : null;
  return !errors.length;
};

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer((_, response) => {
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end('{"id":"job-1"}');
  });
});
afterAll(() => server.close());

async function upload(body: Record<string, unknown>) {
  const client = createApiClient({ credentials: [], operations: { 'POST /uploads': { multipart: formDataOf } } }, { baseUrl: server.url });
  client.use(validationMiddleware({ 'POST /uploads': { body: uploadBody } }));
  const before = server.hits.length;
  const outcome = await client.request('POST', '/uploads', { body }).then(
    ({ response }) => ({ status: response.status }),
    (thrown: unknown) => thrown,
  );
  return { outcome, sent: server.hits.length - before };
}

it.each([
  { name: 'a File', file: new File(['a\n'], 'c.csv') },
  { name: 'a Blob', file: new Blob(['a\n']) },
  { name: 'a Uint8Array', file: new Uint8Array([97, 10]) },
])('sends a valid form whose file is $name, its boolean and number parts read from their text', async ({ file }) => {
  expect(await upload({ file, fileHasHeader: false, limit: 10, groups: '1,2' })).toEqual({ outcome: { status: 202 }, sent: 1 });
});

it.each([
  { name: 'a missing file', body: { groups: '1' }, issues: [{ at: 'body.file', rule: 'required', message: 'is required' }] },
  { name: 'a file sent as text', body: { file: 'contacts.csv' }, issues: [{ at: 'body.file', rule: 'x-contactkit-binary', message: 'must be a file: a Blob, File or Uint8Array' }] },
  { name: 'a boolean part that is not true or false', body: { file: new Blob(['a']), fileHasHeader: 'maybe' }, issues: [{ at: 'body.fileHasHeader', rule: 'type', message: 'must be boolean' }] },
  { name: 'a number part that is not a number', body: { file: new Blob(['a']), limit: 'ten' }, issues: [{ at: 'body.limit', rule: 'type', message: 'must be integer' }] },
  { name: 'a number part above its maximum', body: { file: new Blob(['a']), limit: 11 }, issues: [{ at: 'body.limit', rule: 'maximum', message: 'must be <= 10' }] },
  { name: 'a text part that breaks its pattern', body: { file: new Blob(['a']), groups: '1;2' }, issues: [{ at: 'body.groups', rule: 'pattern', message: 'must match pattern "^\\d+(,\\d+)*$"' }] },
])('refuses $name before sending, naming the part and the rule', async ({ body, issues }) => {
  const { outcome, sent } = await upload(body);
  expect(sent).toBe(0);
  expect(outcome).toBeInstanceOf(ValidationError);
  expect(outcome).toMatchObject({ issues, message: `POST /uploads was not sent: ${issues.map(({ at, message }) => `${at} ${message}`).join('; ')}. Fix the request to match the API's spec.` });
});
