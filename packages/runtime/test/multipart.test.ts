// An operation whose spec's body is multipart/form-data (its `multipart`
// fact from codegen, `formDataOf`) takes an object of its parts and sends it as a form:
// what a server receives is checked on a real socket, part by part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createApiClient, formDataOf } from '../src/index.js';
import { type Hit, startServer } from './support/server.js';

const settings = { credentials: [], operations: { 'POST /uploads': { multipart: formDataOf } } };

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer((request, response) => {
    // The first attempt of a call marked to be retried fails, so the body is sent twice.
    const retried = request.headers['x-fail-once'] === '1' && server.hits.filter((hit) => hit.headers['x-fail-once'] === '1').length === 1;
    response.writeHead(retried ? 503 : 202, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: 'job-1' }));
  });
});
afterAll(() => server.close());

const client = () => createApiClient(settings, { baseUrl: server.url });

async function upload(body: unknown, headers: Record<string, string> = {}, init: Record<string, unknown> = {}) {
  const before = server.hits.length;
  const result = await client().request('POST', '/uploads', { body, headers, ...init });
  return { result, hits: server.hits.slice(before) };
}

/** The parts a server reads from the body it received, parsed by the platform's own multipart parser. */
async function partsOf(hit: Hit) {
  const form = await new Response(new Uint8Array(hit.bytes), { headers: { 'content-type': hit.headers['content-type']! } }).formData();
  return Promise.all(
    [...form].map(async ([name, value]) =>
      typeof value === 'string' ? { name, text: value } : { name, filename: value.name, bytes: [...new Uint8Array(await value.arrayBuffer())] },
    ),
  );
}

// Bytes that are not valid UTF-8, so that a body mangled as text would show.
const bytes = new Uint8Array([0xff, 0x00, 0xfe, 0x0a, 0x80]);

describe('a multipart/form-data operation', () => {
  it.each([
    { name: 'a File, under its own name', file: new File([bytes], 'contacts.csv'), filename: 'contacts.csv' },
    { name: 'a Blob, under FormData’s default name', file: new Blob([bytes]), filename: 'blob' },
    { name: 'a Uint8Array, under FormData’s default name', file: bytes, filename: 'blob' },
  ])('sends $name as a file part with its bytes, and the other parts as text', async ({ file, filename }) => {
    const { result, hits } = await upload({ file, groups: '11566,88996', fileHasHeader: false, limit: 3, fileColumns: undefined });
    expect(result.response.status).toBe(202);
    expect(result.data).toEqual({ id: 'job-1' });
    expect(hits).toHaveLength(1);
    expect(await partsOf(hits[0]!)).toEqual([
      { name: 'file', filename, bytes: [...bytes] },
      { name: 'groups', text: '11566,88996' },
      { name: 'fileHasHeader', text: 'false' },
      { name: 'limit', text: '3' },
    ]);
  });

  it('lets fetch write the Content-Type, with the boundary that the body uses', async () => {
    const { hits } = await upload({ file: new File(['a,b\n'], 'c.csv') });
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(hits[0]!.headers['content-type'] ?? '')?.[1];
    expect(boundary).toBeDefined();
    expect(hits[0]!.body.startsWith(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\n`)).toBe(true);
    expect(hits[0]!.body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  });

  it('sends the whole form again when the call is retried', async () => {
    const { result, hits } = await upload({ file: new File(['a,b\n'], 'c.csv'), groups: '1' }, { 'x-fail-once': '1' }, { retry: true });
    expect(result.response.status).toBe(202);
    expect(hits.map(({ body }) => body.length)).toEqual([hits[0]!.body.length, hits[0]!.body.length]);
    expect(await partsOf(hits[1]!)).toEqual([
      { name: 'file', filename: 'c.csv', bytes: [...new TextEncoder().encode('a,b\n')] },
      { name: 'groups', text: '1' },
    ]);
  });

  it.each([
    { name: 'null', part: null, got: 'null' },
    { name: 'an object', part: { id: 1 }, got: 'object' },
    { name: 'an array', part: ['1', '2'], got: 'an array' },
  ])('refuses a part that is $name before sending, naming it and what to pass', async ({ part, got }) => {
    const before = server.hits.length;
    const thrown = await upload({ file: new Blob(['x']), groups: part }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(thrown).toMatchObject({
      option: 'body.groups',
      message: `body.groups must be a string, number or boolean, or a file as a Blob, File or Uint8Array (leave it out to send nothing) (got ${got}).`,
    });
    expect(server.hits.length).toBe(before);
  });

  it.each([
    { name: 'a Blob', body: new Blob(['x']), got: 'a Blob' },
    { name: 'a string', body: 'file=x', got: 'string' },
  ])('refuses a body that is $name rather than an object of parts', async ({ body, got }) => {
    const before = server.hits.length;
    await expect(upload(body)).rejects.toThrow(`body must be an object of the form's parts, e.g. { file: new File([bytes], 'contacts.csv') } (got ${got}).`);
    expect(server.hits.length).toBe(before);
  });

  it('sends JSON for an operation that is not multipart, whatever its body holds', async () => {
    const before = server.hits.length;
    await client().request('POST', '/other', { body: { groups: '1' } });
    const [hit] = server.hits.slice(before);
    expect(hit!.headers['content-type']).toBe('application/json');
    expect(hit!.body).toBe('{"groups":"1"}');
  });
});
