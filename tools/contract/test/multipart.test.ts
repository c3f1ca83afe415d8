// The contract suite on an operation whose body is multipart/form-data,
// against Prism (which reads and validates such bodies): the documented
// answers, a break of each part's constraint (a missing file, a boolean or a
// pattern broken), and generated valid uploads, all sent as forms.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations, type OpenApiDocument } from '@contactkit/codegen/spec';
import { startPrismMock } from '@contactkit/mock';
import { createApiClient, formDataOf } from '@contactkit/runtime';
import { afterAll, expect, it } from 'vitest';
import { operationConstraints } from '../src/constraints.ts';
import { fetchArgs, validRequest } from '../src/request.ts';
import { contractSuite } from '../src/suite.ts';

const spec = fileURLToPath(new URL('./fixtures/uploads/openapi.json', import.meta.url));
const document = JSON.parse(readFileSync(spec, 'utf8')) as OpenApiDocument;
const [upload] = listOperations(document);
const mock = await startPrismMock(spec);
afterAll(() => mock.stop());

contractSuite({
  spec,
  client: (options) => createApiClient({ credentials: [], operations: { 'POST /accounts/{accountId}/uploads': { json: [202], multipart: formDataOf } } }, { baseUrl: mock.url, ...options }),
  credentials: [],
  generatedRuns: 25,
  report: false,
});

it('derives the cases a form can break: a missing part, a boolean and a pattern, not the type of text', () => {
  expect(operationConstraints(upload!).map(({ at, rule }) => `${at} ${rule}`)).toEqual(['body required', 'body.groups pattern', 'body.fileHasHeader type']);
});

it('sends the spec’s example as a form around the client too, with the file as a file part', async () => {
  const [url, init] = fetchArgs(mock.url, document, upload!, validRequest(upload!));
  expect(init.body).toBeInstanceOf(FormData);
  expect((init.body as FormData).get('file')).toBeInstanceOf(Blob);
  const response = await fetch(url, init);
  expect(response.status).toBe(202);
  expect(await response.json()).toEqual({ id: 'job-1' });
});
