// A multipart/form-data body, from the spec to the generated client: its
// file parts are typed as what a client sends (a Blob or bytes), its other
// parts as their schemas say; its validator takes a file as a Blob or bytes;
// and the client's settings name the runtime's form writer for it alone.
import openapiTS, { astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';
import { clientSource } from '../src/client-entry.ts';
import { TYPES_OPTIONS } from '../src/schema-types.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';
import { uploadReadme } from '../src/upload-readme.ts';
import { validatorsSource } from '../src/validators.ts';
import { factsOf } from './support/facts.ts';

const accepted = { '202': { description: 'Accepted', content: { 'application/json': { schema: { type: 'object' } } } } };

/** The Connect API's contact upload, with a file written each way OpenAPI allows, and a JSON operation beside it. */
const document = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/uploads': {
      post: {
        operationId: 'upload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', contentMediaType: 'application/octet-stream' },
                  photo: { type: ['string', 'null'], format: 'binary' },
                  base64: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
                  groups: { type: 'string', pattern: '^\\d+(,\\d+)*$' },
                  fileHasHeader: { type: 'boolean', default: true },
                },
              },
              example: { file: 'msisdn\n+6591234567\n', groups: '1,2', fileHasHeader: false },
            },
          },
        },
        responses: accepted,
      },
    },
    '/contacts': {
      post: {
        operationId: 'createContact',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
        responses: accepted,
      },
    },
  },
};

it('types a file part as a Blob or bytes, whether written with contentMediaType or format: binary, and the other parts by their schemas', async () => {
  const types = astToString(await openapiTS(document as never, TYPES_OPTIONS));
  expect(types).toContain('file: Blob | Uint8Array;');
  expect(types).toContain('photo?: Blob | Uint8Array | null;');
  // Base64 is text: a string, as the schema says.
  expect(types).toContain('base64?: string;');
  expect(types).toContain('groups?: string;');
  expect(types).toContain('fileHasHeader?: boolean;');
  expect(types).toContain('name?: string;');
});

it('reads the body of the media type a client sends: JSON where documented, else the form', () => {
  expect(listOperations(document as OpenApiDocument).map(({ operationId, body }) => [operationId, body?.mediaType])).toEqual([
    ['upload', 'multipart/form-data'],
    ['createContact', 'application/json'],
  ]);
});

it('validates a file part as a Blob, File or Uint8Array, and refuses text there, naming the rule', async () => {
  const source = validatorsSource(document as OpenApiDocument, '');
  const { validators } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    validators: Record<string, { body: ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; message?: string }[] | null } }>;
  };
  const validate = validators['POST /uploads']!.body;
  for (const file of [new Blob(['a']), new File(['a'], 'c.csv'), new Uint8Array([97])]) expect(validate({ file, fileHasHeader: true, groups: '1,2' })).toBe(true);
  expect(validate({ file: 'contacts.csv', photo: 'me.png' })).toBe(false);
  expect(validate.errors!.map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message }))).toEqual([
    { instancePath: '/file', keyword: 'x-contactkit-binary', message: 'must be a file: a Blob, File or Uint8Array' },
    { instancePath: '/photo', keyword: 'x-contactkit-binary', message: 'must be a file: a Blob, File or Uint8Array' },
  ]);
  expect(validate({ groups: '1;2' })).toBe(false);
  expect(validate.errors!.map(({ keyword }) => keyword).sort()).toEqual(['pattern', 'required']);
  // A JSON body's strings stay strings.
  expect(validators['POST /contacts']!.body({ name: 'Ann' })).toBe(true);
});

it('gives the multipart operation, and it alone, the runtime’s form writer', () => {
  const source = clientSource(factsOf(document));
  expect(source).toMatch(/^import \{ [^}]*\bformDataOf\b[^}]* \} from '@contactkit\/runtime';$/m);
  expect(source).toContain(`operations: { 'POST /uploads': { json: [202], multipart: formDataOf }, 'POST /contacts': { json: [202] } }`);
});

it('shows in the README how to upload, the spec’s example given a File for its file parts', () => {
  const readme = uploadReadme(factsOf(document));
  expect(readme).toContain('`POST /uploads` (`upload`) takes a `multipart/form-data` body');
  expect(readme).toContain("const file = new File([await openAsBlob(upload)], basename(upload));");
  expect(readme).toContain("await client.POST('/uploads', { body: { file, groups: '1,2', fileHasHeader: false } });");
  const withoutUploads = { ...document, paths: { '/contacts': document.paths['/contacts'] } };
  expect(uploadReadme(factsOf(withoutUploads))).toBe('');
});
