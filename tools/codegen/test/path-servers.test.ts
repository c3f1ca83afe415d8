// An operation served apart from the document's servers (its own `servers`,
// else its path's, as OpenAPI reads them) reaches the generated client as
// its `server` fact, and only such clients import the runtime's `servedAt`;
// a server a client cannot call as it stands fails to generate, naming the fix.
import { describe, expect, it } from 'vitest';
import { clientSource } from '../src/client-entry.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';
import { factsOf } from './support/facts.ts';

const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };

const document = (paths: object): OpenApiDocument => ({ servers: [{ url: 'https://api.example.com/v1' }], paths }) as OpenApiDocument;

const served = document({
  '/old/{id}': { servers: [{ url: 'http://legacy.example.com/' }, { url: 'https://other.example.com' }], get: { operationId: 'getOld', responses: ok } },
  '/both': {
    servers: [{ url: 'https://path.example.com' }],
    get: { operationId: 'getBoth', servers: [{ url: 'https://operation.example.com/v2' }], responses: ok },
    post: { operationId: 'postBoth', responses: ok },
  },
  '/new/{id}': { get: { operationId: 'getNew', responses: ok } },
});

describe('listOperations', () => {
  it("reads an operation's own first server, else its path's, without a trailing slash", () => {
    expect(listOperations(served).map(({ operationId, server }) => [operationId, server])).toEqual([
      ['getOld', 'http://legacy.example.com'],
      ['getBoth', 'https://operation.example.com/v2'],
      ['postBoth', 'https://path.example.com'],
      ['getNew', undefined],
    ]);
  });

  it.each([
    { name: 'a relative URL', server: { url: '/v2' } },
    { name: 'variables', server: { url: 'https://{region}.example.com', variables: { region: { default: 'eu' } } } },
    { name: 'another scheme', server: { url: 'ftp://example.com' } },
  ])('refuses a server with $name, naming the operation, the server and the fix', ({ server }) => {
    const spec = document({ '/x': { servers: [server], get: { operationId: 'x', responses: ok } } });
    expect(() => listOperations(spec)).toThrow(`GET /x: its server "${server.url}" must be an absolute http(s) URL without variables`);
  });
});

describe('clientSource', () => {
  it('gives each operation served apart its server, and imports servedAt', () => {
    const source = clientSource(factsOf(served));
    expect(source).toMatch(/^import \{ [^}]*\bservedAt\b[^}]* \} from '@contactkit\/runtime';$/m);
    expect(source).toContain(
      "operations: { 'GET /old/{id}': { json: [200], server: servedAt('http://legacy.example.com') }, 'GET /both': { json: [200], server: servedAt('https://operation.example.com/v2') }, 'POST /both': { json: [200], server: servedAt('https://path.example.com') }, 'GET /new/{id}': { json: [200] } }",
    );
  });

  it("says in the baseUrl option's docs which operations are served where, and that a plain-http one needs a baseUrl", () => {
    expect(clientSource(factsOf(served))).toContain(
      '   * `getOld` is served at http://legacy.example.com (plain http: give a `baseUrl` to call it with credentials); `getBoth` is served at https://operation.example.com/v2; `postBoth` is served at https://path.example.com, unless a `baseUrl` is given.',
    );
  });

  it('leaves a client whose operations are all served at the document’s servers as it was, without servedAt', () => {
    const source = clientSource(factsOf(document({ '/new/{id}': { get: { operationId: 'getNew', responses: ok } } })));
    expect(source).not.toContain('servedAt');
    expect(source).not.toContain('is served at');
    expect(source).toContain("operations: { 'GET /new/{id}': { json: [200] } }");
  });
});
