// Security per operation, from the spec to the generated client: each
// operation's effective `security` (its own, else the document's), read as
// OpenAPI defines it, reaches createApiClient's settings where it differs
// from the document's, and a credential that not every operation needs is an
// optional option that says who needs it.
import { describe, expect, it } from 'vitest';
import { clientSource } from '../src/client-entry.ts';
import { exampleOptions, operationSecurity } from '../src/client-facts.ts';
import { credentialHeaderNames, listOperations, type OpenApiDocument, usedSchemes } from '../src/spec.ts';
import { factsOf } from './support/facts.ts';

const ok = { '200': { description: 'OK' } };
const key = (name: string) => ({ type: 'apiKey', in: 'header', name });

/** The Directory's shape: writes take the management key, search its own, plus operations with none and with alternatives. */
const directory: OpenApiDocument = {
  servers: [{ url: 'https://api.example.com' }],
  security: [{ apiKey: [] }],
  paths: {
    '/contacts': {
      post: { operationId: 'createContact', responses: ok },
      get: { operationId: 'searchContacts', security: [{ searchApiKey: [] }], responses: ok },
    },
    '/contacts/{contactId}': { delete: { operationId: 'deleteContact', security: [{ apiKey: [] }], responses: ok } },
    '/health': { get: { operationId: 'health', security: [], responses: ok } },
    '/either': { get: { operationId: 'either', security: [{ apiKey: [] }, { searchApiKey: [] }], responses: ok } },
    '/maybe': { get: { operationId: 'maybe', security: [{}, { apiKey: [] }], responses: ok } },
  },
  components: { securitySchemes: { apiKey: key('x-api-key'), searchApiKey: key('x-api-key') } },
};

const single: OpenApiDocument = {
  servers: [{ url: 'https://api.example.com' }],
  security: [{ bearerAuth: [] }],
  paths: { '/contact/{id}': { get: { operationId: 'getContact', responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } } } },
  components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
};

const both = { apiKey: 'apiKey', searchApiKey: 'searchApiKey' };

describe('listOperations', () => {
  it('gives each operation its effective security: its own, else the document’s', () => {
    expect(Object.fromEntries(listOperations(directory).map(({ operationId, security }) => [operationId, security]))).toEqual({
      createContact: [['apiKey']],
      searchContacts: [['searchApiKey']],
      deleteContact: [['apiKey']],
      health: [[]],
      either: [['apiKey'], ['searchApiKey']],
      maybe: [[], ['apiKey']],
    });
  });

  it('reads a document without `security` as needing no credential', () => {
    const [operation] = listOperations({ paths: { '/open': { get: { operationId: 'open', responses: ok } } } });
    expect(operation?.security).toEqual([[]]);
  });

  it('names every scheme any operation uses, and the headers of each operation’s first alternative', () => {
    expect(usedSchemes(directory)).toEqual(['apiKey', 'searchApiKey']);
    const headers = Object.fromEntries(listOperations(directory).map((operation) => [operation.operationId, credentialHeaderNames(directory, operation)]));
    expect(headers).toEqual({ createContact: ['x-api-key'], searchContacts: ['x-api-key'], deleteContact: ['x-api-key'], health: [], either: ['x-api-key'], maybe: [] });
  });
});

describe('the generated settings', () => {
  const facts = factsOf(directory, both);
  const source = clientSource(facts);
  const settings = source.match(/return createApiClient<.*?>\((\{.*\}), options\);/)?.[1] ?? '';

  it('give the document’s security in options, and each operation’s only where it differs', () => {
    expect(facts.security).toEqual([['apiKey']]);
    expect(Object.fromEntries(facts.operations.map((operation) => [operation.operationId, operationSecurity(facts, operation)]))).toEqual({
      createContact: undefined,
      searchContacts: [['searchApiKey']],
      deleteContact: undefined,
      health: [[]],
      either: [['apiKey'], ['searchApiKey']],
      maybe: [[], ['apiKey']],
    });
    expect(settings).toContain(`credentials: [{ option: 'apiKey', header: 'x-api-key', value: options.apiKey }, { option: 'searchApiKey', header: 'x-api-key', value: options.searchApiKey }], security: [['apiKey']]`);
    expect(settings).toContain(
      `operations: { 'GET /contacts': { security: [['searchApiKey']] }, 'GET /health': { security: [[]] }, 'GET /either': { security: [['apiKey'], ['searchApiKey']] }, 'GET /maybe': { security: [[], ['apiKey']] } }`,
    );
  });

  it('make a credential that not every operation needs optional, saying which do', () => {
    expect(facts.credentials.map(({ option, required, usedBy }) => ({ option, required, usedBy }))).toEqual([
      { option: 'apiKey', required: false, usedBy: ['createContact', 'deleteContact', 'either', 'maybe'] },
      { option: 'searchApiKey', required: false, usedBy: ['searchContacts', 'either'] },
    ]);
    expect(source).toContain(
      '   * Needed only by `searchContacts`, `either`: without it, those calls throw\n   * a `ConfigurationError` before anything is sent.\n   */\n  searchApiKey?: string;',
    );
    expect(source).toContain('  apiKey?: string;');
  });

  it('give the example the credentials of the operation it calls', () => {
    expect(exampleOptions(facts)).toBe('{ searchApiKey: process.env.SEARCH_API_KEY! }');
    expect(source).toContain(` * const client = createClient({ searchApiKey: process.env.SEARCH_API_KEY! });\n * const { data, error } = await client.GET('/contacts', {});`);
  });

  it('keep a single-scheme API as it was: its credential required, no operation with security of its own', () => {
    const one = factsOf(single, { bearerAuth: 'token' });
    const text = clientSource(one);
    expect(one.credentials.map(({ required }) => required)).toEqual([true]);
    expect(text).toContain('  token: string;');
    expect(text).not.toContain('Needed only by');
    expect(text).toContain(`value: options.token }], security: [['token']], operations: { 'GET /contact/{id}': { json: [200] } } }, options);`);
  });
});

describe('redocly.yaml’s credentials', () => {
  it.each([
    ['a scheme only an operation uses is not declared', { apiKey: 'apiKey' }, /for each security scheme the spec uses, in its `security` or an operation's \(apiKey, searchApiKey\); missing: searchApiKey\./],
    ['a declared scheme no operation uses', { ...both, other: 'other' }, /not used by the spec: other\./],
  ])('are refused when %s, naming what to change', (_, credentials, message) => {
    expect(() => factsOf(directory, credentials)).toThrow(message);
  });
});
