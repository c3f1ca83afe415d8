// `x-contactkit-paginate` is checked when the client is generated: each
// pointer must resolve in the operation's 2xx JSON schema to the kind of
// value it names, and every parameter it names must be a query parameter of
// the operation. An error names the spec, the operation and what to fix.
import { describe, expect, it } from 'vitest';
import { pagedOperations, paginateSource } from '../src/paginate-entry.ts';
import type { ClientFacts } from '../src/client-facts.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';

const extension = { items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true } };

const page = {
  type: 'object',
  required: ['data', 'meta'],
  properties: {
    data: { type: 'array', items: { $ref: '#/components/schemas/Contact' } },
    meta: { type: 'object', required: ['hasMore'], properties: { hasMore: { type: 'boolean' }, scrollId: { type: ['string', 'null'] } } },
  },
};

const query = (name: string, type: string, required = false) => ({ name, in: 'query', required, schema: { type } });

/** A spec whose `GET /contacts` pages with `paginate`, answering `schema`, with query parameters `parameters`. */
function documentWith(paginate: unknown, { schema = page as object, parameters = [query('size', 'integer'), query('useScrollId', 'boolean'), query('scrollId', 'string')] } = {}): OpenApiDocument {
  return {
    paths: {
      '/contacts': {
        get: {
          operationId: 'searchContacts',
          parameters,
          'x-contactkit-paginate': paginate,
          responses: { '200': { description: 'A page.', content: { 'application/json': { schema } } }, '429': { description: 'Too many.' } },
        },
        post: { operationId: 'createContact', responses: { '200': { description: 'Created.' } } },
      },
    },
    components: { schemas: { Contact: { type: 'object', properties: { id: { type: 'string' } } } } },
  } as unknown as OpenApiDocument;
}

const paged = (document: OpenApiDocument) => pagedOperations(document, { specFile: 'specs/acme/openapi.yaml', operations: listOperations(document) });

const BODY = "paths['/contacts']['get']['responses'][200]['content']['application/json']";

describe('a valid x-contactkit-paginate', () => {
  it('gives the operation, its extension, and the item type at the items pointer', () => {
    const [found, ...others] = paged(documentWith(extension));
    expect(others).toEqual([]);
    expect(found?.operation.operationId).toBe('searchContacts');
    expect(found?.extension).toEqual(extension);
    expect(found?.itemType).toBe(`${BODY}['data'][number]`);
  });

  it.each([
    { case: 'optional items are made non-null before they are indexed', schema: { type: 'object', properties: { data: { type: 'array', items: {} }, next: { type: 'string' } } }, want: `NonNullable<${BODY}['data']>[number]` },
    { case: 'nullable items too', schema: { type: 'object', required: ['data', 'next'], properties: { data: { type: ['array', 'null'], items: {} }, next: { type: 'string' } } }, want: `NonNullable<${BODY}['data']>[number]` },
    { case: 'a property of an allOf member is found', schema: { allOf: [{ type: 'object', required: ['data'], properties: { data: { type: 'array', items: {} } } }, { type: 'object', properties: { next: { type: 'integer' } } }] }, want: `${BODY}['data'][number]` },
    { case: 'a pointer through an array index', schema: { type: 'object', required: ['results'], properties: { results: { type: 'array', items: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: {} } } } }, next: { type: 'string' } } }, items: '/results/0/data', want: `${BODY}['results'][number]['data'][number]` },
  ])('$case', ({ schema, items = '/data', want }) => {
    const [found] = paged(documentWith({ items, cursor: '/next', cursorParam: 'scrollId' }, { schema }));
    expect(found?.itemType).toBe(want);
  });

  it('keeps cursorMayRepeat, for a scroll whose cursor may come back unchanged', () => {
    const [found] = paged(documentWith({ ...extension, cursorMayRepeat: true }));
    expect(found?.extension.cursorMayRepeat).toBe(true);
  });

  it('leaves out an operation without the extension', () => {
    expect(paged(documentWith(undefined))).toEqual([]);
  });
});

describe('an x-contactkit-paginate that does not fit the operation is refused, naming spec, operation and fix', () => {
  const prefix = 'specs/acme/openapi.yaml: x-contactkit-paginate of searchContacts (GET /contacts) ';
  it.each([
    { case: 'not an object', given: true, want: 'must be an object with items, cursor and cursorParam, and optionally hasMore, query and cursorMayRepeat.' },
    { case: 'a misspelt key', given: { ...extension, hasmore: '/meta/hasMore' }, want: 'has unknown key "hasmore": its keys are items, hasMore, cursor, cursorParam, query, cursorMayRepeat.' },
    { case: 'items that is no JSON Pointer', given: { ...extension, items: 'data' }, want: 'items must be a JSON Pointer into the 200 JSON body, such as "/data" (got "data").' },
    { case: 'items missing', given: { ...extension, items: undefined }, want: 'items must be a JSON Pointer into the 200 JSON body, such as "/data" (got undefined).' },
    { case: 'items that points at nothing', given: { ...extension, items: '/dat' }, want: 'items "/dat" points at nothing in the 200 application/json schema: has no "dat" (its properties: data, meta); fix the pointer or the schema.' },
    { case: 'items that is not an array', given: { ...extension, items: '/meta' }, want: 'items "/meta" must point at an array schema in the 200 application/json schema (it is type object).' },
    { case: 'hasMore that is not a boolean', given: { ...extension, hasMore: '/meta/scrollId' }, want: 'hasMore "/meta/scrollId" must point at a boolean schema in the 200 application/json schema (it is type string or null).' },
    { case: 'hasMore past a leaf', given: { ...extension, hasMore: '/meta/hasMore/value' }, want: 'hasMore "/meta/hasMore/value" points at nothing in the 200 application/json schema: has no "value" (it has no properties); fix the pointer or the schema.' },
    { case: 'a cursor that is no string', given: { ...extension, cursor: '/meta/hasMore' }, want: 'cursor "/meta/hasMore" must point at a string or integer schema in the 200 application/json schema (it is type boolean).' },
    { case: 'a cursorParam the operation does not declare', given: { ...extension, cursorParam: 'scrolId' }, want: 'cursorParam "scrolId" must be a query parameter of the operation (its query parameters: size, useScrollId, scrollId); declare it, or fix the name.' },
    { case: 'no cursorParam', given: { ...extension, cursorParam: undefined }, want: 'cursorParam undefined must be a query parameter of the operation (its query parameters: size, useScrollId, scrollId); declare it, or fix the name.' },
    { case: 'a query value for an undeclared parameter', given: { ...extension, query: { useScrollID: true } }, want: 'query sends "useScrollID", which is not a query parameter of the operation (its query parameters: size, useScrollId, scrollId); declare it, or fix the name.' },
    { case: 'a query value for the cursor', given: { ...extension, query: { scrollId: 'x' } }, want: 'query must not send the cursorParam "scrollId": paginate sends each page\'s cursor there.' },
    { case: 'a query value of the wrong type', given: { ...extension, query: { useScrollId: 'true' } }, want: 'query sends useScrollId: "true", which is not of its parameter\'s type (boolean).' },
    { case: 'cursorMayRepeat that is no boolean', given: { ...extension, cursorMayRepeat: 'yes' }, want: 'cursorMayRepeat must be true or false (got "yes").' },
    { case: 'query that is a list', given: { ...extension, query: ['useScrollId'] }, want: 'query must map query parameters to the values every page request sends, e.g. `useScrollId: true`.' },
  ])('$case', ({ given, want }) => {
    expect(() => paged(documentWith(given))).toThrow(prefix + want);
  });

  it('a required cursorParam: the first page is asked for without one', () => {
    const document = documentWith(extension, { parameters: [query('useScrollId', 'boolean'), query('scrollId', 'string', true)] });
    expect(() => paged(document)).toThrow(`${prefix}cursorParam "scrollId" must be an optional query parameter: the first page is asked for without a cursor.`);
  });

  it('an operation with no 2xx JSON body to point into', () => {
    const document = documentWith(extension);
    const get = document.paths['/contacts']!.get as { responses: Record<string, unknown> };
    get.responses = { '204': { description: 'Nothing.' } };
    expect(() => paged(document)).toThrow(`${prefix}needs a 2xx response with an application/json schema for its pointers to point into: document the page's body.`);
  });
});

describe('the generated entry', () => {
  const facts = { specFile: 'specs/acme/openapi.yaml', displayName: 'Acme Contacts API' } as ClientFacts;

  it('has one overload per paged operation, typed with its init and item type', () => {
    const source = paginateSource(facts, paged(documentWith(extension)));
    expect(source).toContain(`export function paginate(client: Pick<Client, 'request'>, method: 'GET', path: '/contacts', ...init: PagedInitArgs<paths['/contacts'], 'get'>): Pages<${BODY}['data'][number]>;`);
    expect(source).toContain("const operations: Readonly<Record<string, PaginateSpec>> = { 'GET /contacts': { items: '/data', hasMore: '/meta/hasMore', cursor: '/meta/scrollId', cursorParam: 'scrollId', query: { useScrollId: true } } };");
  });

  it('for an API with no paged operation, still exports paginate, taking nothing', () => {
    const source = paginateSource(facts, []);
    expect(source).toContain('The Acme Contacts API documents no paged operation');
    expect(source).toContain("export function paginate(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Pages<never> {");
    expect(source).toContain("export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';");
  });
});
