// `x-contactkit-paginate` is checked when the client is generated: each
// pointer must resolve in the operation's 2xx JSON schema to the kind of
// value it names, and every parameter it names must be a query parameter of
// the operation. An error names the spec, the operation and what to fix.
import { describe, expect, it } from 'vitest';
import { type CursorExtension, pagedExampleInit, pagedOperations, paginateSource } from '../src/paginate-entry.ts';
import type { ClientFacts } from '../src/client-facts.ts';
import { pagingReadme } from '../src/paging-readme.ts';
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
    expect((found?.extension as CursorExtension).cursorMayRepeat).toBe(true);
  });

  it('leaves out an operation without the extension', () => {
    expect(paged(documentWith(undefined))).toEqual([]);
  });
});

describe('an x-contactkit-paginate that does not fit the operation is refused, naming spec, operation and fix', () => {
  const prefix = 'specs/acme/openapi.yaml: x-contactkit-paginate of searchContacts (GET /contacts) ';
  it.each([
    { case: 'not an object', given: true, want: 'must be an object: over a cursor, with items, cursor and cursorParam, and optionally hasMore, query, cursorMayRepeat and limitParam; by an offset, with items, hasMore or total (or both), offsetParam and offsetUnit, and optionally page, totalPages, totals, query and limitParam.' },
    { case: 'a misspelt key', given: { ...extension, hasmore: '/meta/hasMore' }, want: 'has unknown key "hasmore": its keys over a cursor are items, hasMore, cursor, cursorParam, query, cursorMayRepeat, limitParam.' },
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

describe('x-contactkit-paginate by an offset', () => {
  // As 8x8 Connect's contact list: limit/offset, with every field of the envelope required.
  const offsetExtension = {
    items: '/items',
    hasMore: '/hasNextPage',
    offsetParam: 'offset',
    offsetUnit: 'page',
    page: '/page',
    totalPages: '/totalPages',
    totals: ['/totalPages', '/totalCount', '/totalFiltered'],
  };
  const counts = ['page', 'totalPages', 'totalCount', 'totalFiltered'];
  const envelope = (required: string[]) => ({
    type: 'object',
    required,
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/Contact' } },
      ...Object.fromEntries(counts.map((name) => [name, { type: 'number' }])),
      hasPreviousPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
    },
  });
  const allRequired = envelope(['items', ...counts, 'hasPreviousPage', 'hasNextPage']);
  const limitOffset = [{ ...query('limit', 'integer'), schema: { type: 'integer', minimum: 1, maximum: 500, default: 20 } }, { ...query('offset', 'integer'), schema: { type: 'integer', minimum: 0 } }, query('search', 'string')];
  const pagedBy = (given: unknown, schema: object = allRequired, parameters: ReturnType<typeof query>[] = limitOffset) => paged(documentWith(given, { schema, parameters }));

  it('gives the operation, its extension and the item type', () => {
    const [found] = pagedBy(offsetExtension);
    expect(found?.extension).toEqual(offsetExtension);
    expect(found?.itemType).toBe(`${BODY}['items'][number]`);
  });

  it('takes an envelope with nothing required (as the batch list) when page and totalPages can stand in for hasMore', () => {
    const [found] = pagedBy({ ...offsetExtension, offsetUnit: 'item' }, envelope([]));
    expect(found?.itemType).toBe(`NonNullable<${BODY}['items']>[number]`);
  });

  it('needs only items, hasMore, offsetParam and offsetUnit', () => {
    const [found] = pagedBy({ items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page' });
    expect(found?.operation.operationId).toBe('searchContacts');
  });

  const prefix = 'specs/acme/openapi.yaml: x-contactkit-paginate of searchContacts (GET /contacts) ';
  it.each([
    { case: 'both forms', given: { ...offsetExtension, cursorParam: 'offset' }, want: 'has both cursorParam and offsetParam: an operation pages over a cursor or by an offset, so keep the one its API uses.' },
    { case: 'a key of the cursor form', given: { ...offsetExtension, cursor: '/page' }, want: 'has unknown key "cursor": its keys by an offset are items, hasMore, total, offsetParam, offsetUnit, page, totalPages, totals, query, limitParam.' },
    { case: 'neither hasMore nor total', given: { ...offsetExtension, hasMore: undefined }, want: 'needs hasMore (a JSON Pointer to the boolean "more pages follow") or total (one to the number of items in all pages), or both: declare the one its answer has.' },
    { case: 'hasMore at a number', given: { ...offsetExtension, hasMore: '/totalPages' }, want: 'hasMore "/totalPages" must point at a boolean schema in the 200 application/json schema (it is type number).' },
    { case: 'an offsetParam the operation does not declare', given: { ...offsetExtension, offsetParam: 'page' }, want: 'offsetParam "page" must be a query parameter of the operation (its query parameters: limit, offset, search); declare it, or fix the name.' },
    { case: 'an offsetParam that is no integer', given: { ...offsetExtension, offsetParam: 'search' }, want: 'offsetParam "search" must be an integer query parameter (it is type string).' },
    { case: 'an unknown offsetUnit', given: { ...offsetExtension, offsetUnit: 'pages' }, want: 'offsetUnit must be "page" (the offset is a 0-based page index) or "item" (it counts items) (got "pages").' },
    { case: 'no offsetUnit', given: { ...offsetExtension, offsetUnit: undefined }, want: 'offsetUnit must be "page" (the offset is a 0-based page index) or "item" (it counts items) (got undefined).' },
    { case: 'page at a boolean', given: { ...offsetExtension, page: '/hasPreviousPage' }, want: 'page "/hasPreviousPage" must point at a number or integer schema in the 200 application/json schema (it is type boolean).' },
    { case: 'totalPages at nothing', given: { ...offsetExtension, totalPages: '/pages' }, want: 'totalPages "/pages" points at nothing in the 200 application/json schema: has no "pages" (its properties: items, page, totalPages, totalCount, totalFiltered, hasPreviousPage, hasNextPage); fix the pointer or the schema.' },
    { case: 'totals that are no list', given: { ...offsetExtension, totals: '/totalCount' }, want: 'totals must be a list of JSON Pointers to counts that must not change between pages, such as [/totalCount].' },
    { case: 'a total at a boolean', given: { ...offsetExtension, totals: ['/totalCount', '/hasNextPage'] }, want: 'totals[1] "/hasNextPage" must point at a number or integer schema in the 200 application/json schema (it is type boolean).' },
    { case: 'a query value for the offset', given: { ...offsetExtension, query: { offset: 0 } }, want: 'query must not send the offsetParam "offset": paginate sends each page\'s offset there.' },
  ])('refuses $case', ({ given, want }) => {
    expect(() => pagedBy(given)).toThrow(prefix + want);
  });

  it('refuses a required offsetParam: the first page is asked for without one', () => {
    expect(() => pagedBy(offsetExtension, allRequired, [query('limit', 'integer'), query('offset', 'integer', true)])).toThrow(
      `${prefix}offsetParam "offset" must be an optional query parameter: the first page is asked for without an offset.`,
    );
  });

  it.each([
    { case: 'no totalPages', given: { ...offsetExtension, totalPages: undefined, totals: [] } },
    { case: 'no page', given: { ...offsetExtension, page: undefined } },
  ])('refuses a hasMore that may be missing from an answer, with $case to tell by', ({ given }) => {
    expect(() => pagedBy(given, envelope([]))).toThrow(
      `${prefix}hasMore "/hasNextPage" may be missing from an answer (it is optional or nullable in its schema): declare total, or page and totalPages, so that paging can tell by them whether more pages follow.`,
    );
  });

  it('generates an overload and the extension for the runtime, and a README section on offsets', () => {
    const facts = { specFile: 'specs/acme/openapi.yaml', displayName: 'Acme Contacts API', packageName: '@contactkit/acme' } as ClientFacts;
    const found = pagedBy(offsetExtension);
    const source = paginateSource(facts, found);
    expect(source).toContain(`path: '/contacts', ...init: PagedInitArgs<paths['/contacts'], 'get'>): Pages<${BODY}['items'][number]>;`);
    expect(source).toContain(
      "{ 'GET /contacts': { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page', page: '/page', totalPages: '/totalPages', totals: ['/totalPages', '/totalCount', '/totalFiltered'] } }",
    );
    expect(source).toContain('`byPage({ cursor })` gives whole pages, from an offset (as a string) when given.');

    const readme = pagingReadme(facts, found);
    expect(readme).toContain('sending the 0-based index of the next page as `offset`, with your page size unchanged.');
    expect(readme).toContain('It stops after the page whose `/hasNextPage` is false (or, when an answer leaves it out, whose `/page` is the last of `/totalPages`).');
    expect(readme).toContain('If `/totalPages`, `/totalCount`, `/totalFiltered` change between pages, the list changed while you paged: start over.');
    expect(readme).toContain('for await (const item of pages) console.log(item);');
    expect(readme).toContain('for await (const page of pages.byPage()) console.log(page.items.length);');
    expect(readme).toContain('the `cursor` of the\nnext: its offset, as a string.');
  });
});

describe('x-contactkit-paginate by an offset and a total', () => {
  // As Rocket.Chat's contact search: offset/count, `{ contacts, count, offset, total, success }`, no "more pages follow".
  const byTotal = { items: '/contacts', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count' };
  const answer = (required = ['contacts', 'count', 'offset', 'total', 'success'], total: object = { type: 'integer' }) => ({
    type: 'object',
    required,
    properties: {
      contacts: { type: 'array', items: { $ref: '#/components/schemas/Contact' } },
      count: { type: 'integer' },
      offset: { type: 'integer' },
      total,
      success: { type: 'boolean' },
    },
  });
  const offsetCount = [query('offset', 'integer'), query('count', 'integer'), query('searchText', 'string')];
  const pagedBy = (given: unknown, { schema = answer() as object, parameters = offsetCount } = {}) => paged(documentWith(given, { schema, parameters }));

  it('takes total in place of hasMore, with a limitParam, and gives the item type', () => {
    const [found] = pagedBy(byTotal);
    expect(found?.extension).toEqual(byTotal);
    expect(found?.itemType).toBe(`${BODY}['contacts'][number]`);
  });

  it.each([
    { case: 'total of type number', given: byTotal, schema: answer(undefined, { type: 'number' }) },
    { case: 'hasMore beside total', given: { ...byTotal, hasMore: '/success' }, schema: answer() },
    { case: 'an optional hasMore, since total can tell', given: { ...byTotal, hasMore: '/success' }, schema: answer(['contacts', 'total']) },
    { case: 'a required limitParam: it sends no page position', given: byTotal, parameters: [query('offset', 'integer'), query('count', 'integer', true)] },
    { case: 'a limitParam over a cursor', given: { ...extension, limitParam: 'size' }, schema: page, parameters: [query('size', 'integer'), query('useScrollId', 'boolean'), query('scrollId', 'string')] },
  ])('takes $case', ({ given, schema = answer(), parameters = offsetCount }) => {
    expect(pagedBy(given, { schema, parameters })).toHaveLength(1);
  });

  const prefix = 'specs/acme/openapi.yaml: x-contactkit-paginate of searchContacts (GET /contacts) ';
  it.each([
    { case: 'neither hasMore nor total', given: { ...byTotal, total: undefined }, want: 'needs hasMore (a JSON Pointer to the boolean "more pages follow") or total (one to the number of items in all pages), or both: declare the one its answer has.' },
    { case: 'a total that is no JSON Pointer', given: { ...byTotal, total: 'total' }, want: 'total must be a JSON Pointer into the 200 JSON body, such as "/data" (got "total").' },
    { case: 'a total that points at nothing', given: { ...byTotal, total: '/totals' }, want: 'total "/totals" points at nothing in the 200 application/json schema: has no "totals" (its properties: contacts, count, offset, total, success); fix the pointer or the schema.' },
    { case: 'a total at a boolean', given: { ...byTotal, total: '/success' }, want: 'total "/success" must point at a number or integer schema in the 200 application/json schema (it is type boolean).' },
    { case: 'a total with page offsets', given: { ...byTotal, offsetUnit: 'page' }, want: 'total "/total" counts items, so it needs offsetUnit "item" (got "page"); with page offsets, declare totalPages instead.' },
    { case: 'a limitParam the operation does not declare', given: { ...byTotal, limitParam: 'limit' }, want: 'limitParam "limit" must be a query parameter of the operation (its query parameters: offset, count, searchText); declare it, or fix the name.' },
    { case: 'a limitParam that is no integer', given: { ...byTotal, limitParam: 'searchText' }, want: 'limitParam "searchText" must be an integer query parameter (it is type string).' },
    { case: 'a limitParam that is the offsetParam', given: { ...byTotal, limitParam: 'offset' }, want: 'limitParam "offset" is the offsetParam: name the query parameter of the page size.' },
    { case: 'a query value for the limitParam', given: { ...byTotal, query: { count: 0 } }, want: 'query must not send the limitParam "count": the page size is the caller\'s.' },
  ])('refuses $case', ({ given, want }) => {
    expect(() => pagedBy(given)).toThrow(prefix + want);
  });

  it.each([
    { case: 'optional', schema: answer(['contacts']) },
    { case: 'nullable', schema: answer(undefined, { type: ['integer', 'null'] }) },
  ])('refuses a total that is $case in the schema: paging reads it on every page', ({ schema }) => {
    expect(() => pagedBy(byTotal, { schema })).toThrow(
      `${prefix}total "/total" may be missing from an answer (it is optional or nullable in its schema): mark it required, since paging reads it on every page.`,
    );
  });

  it('generates the extension for the runtime, and a README section on paging by total and on the page size', () => {
    const facts = { specFile: 'specs/acme/openapi.yaml', displayName: 'Acme Contacts API', packageName: '@contactkit/acme' } as ClientFacts;
    const found = pagedBy(byTotal);
    expect(paginateSource(facts, found)).toContain("{ 'GET /contacts': { items: '/contacts', offsetParam: 'offset', offsetUnit: 'item', total: '/total', limitParam: 'count' } }");

    const readme = pagingReadme(facts, found);
    expect(readme).toContain("sending the offset of the next page's first item as `offset`, with your page size (`count`) unchanged.");
    expect(readme).toContain("It stops once the offset plus the page's items reaches `/total`, the number of items in all pages; an empty page before that is a `PaginationError`. If `/total` changes between pages, the list changed while you paged: start over.");
    expect(readme).toContain("Leave `count` out for the server's default page size. A `count` that is not a whole\nnumber of 1 or more, such as `count: 0` (every record in one answer), is\nrefused with a `ConfigurationError` before any request: page with a size of 1 or more.");
  });

  it('with hasMore too, says total decides when an answer leaves hasMore out', () => {
    const facts = { packageName: '@contactkit/acme' } as ClientFacts;
    const readme = pagingReadme(facts, pagedBy({ ...byTotal, hasMore: '/success' }));
    expect(readme).toContain("It stops after the page whose `/success` is false (or, when an answer leaves it out, once the offset plus the page's items reaches `/total`, the number of items in all pages).");
  });

  it.each([
    { case: 'of 0', example: 0 },
    { case: 'that is a string', example: '25' },
  ])('leaves out of its examples a page size example $case, which paginate would refuse', ({ example }) => {
    const parameters = [query('offset', 'integer'), { ...query('count', 'integer'), example }, { ...query('searchText', 'string'), example: 'jane' }];
    const [found] = pagedBy(byTotal, { parameters });
    expect(pagedExampleInit(found!)).toEqual({ params: { query: { searchText: 'jane' } } });
    expect(pagedExampleInit(pagedBy(byTotal, { parameters: [...parameters.slice(0, 1), { ...query('count', 'integer'), example: 25 }] })[0]!)).toEqual({ params: { query: { count: 25 } } });
  });
});
