// Types of the paginate entry: a paged call's init is the operation's own,
// without `throwOnError`, and optional only when nothing in it is required;
// items and pages carry the item type. Checked by `tsc` (the package's
// typecheck); the runtime assertions keep vitest from reporting an empty file.
import { describe, expectTypeOf, it } from 'vitest';
import type { RequestError } from '../src/errors.js';
import type { CursorPaginateSpec, OffsetPaginateSpec, Page, PagedInit, PagedInitArgs, PaginateSpec, Pages } from '../src/paginate.js';
import type { Paths } from './support/paths.js';

/** A search whose parameters are all optional, as openapi-typescript writes it. */
interface Search {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  get: {
    parameters: { query?: { size?: number; scrollId?: string }; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { data: { id: string }[] } } } };
  };
}

describe('the init of a paged call', () => {
  it('is optional when nothing in it is required, and required when a parameter is', () => {
    expectTypeOf<PagedInitArgs<Search, 'get'>>().toEqualTypeOf<[init?: PagedInit<Search, 'get'>]>();
    expectTypeOf<PagedInitArgs<Paths['/things/{id}'], 'get'>>().toEqualTypeOf<[init: PagedInit<Paths['/things/{id}'], 'get'>]>();
  });

  it('takes the operation\'s params and per-call options, but not throwOnError', () => {
    expectTypeOf<{ params: { query: { size: number } }; timeoutMs: number; signal: AbortSignal }>().toExtend<PagedInit<Search, 'get'>>();
    expectTypeOf<{ params: { query: { size: string } } }>().not.toExtend<PagedInit<Search, 'get'>>();
    expectTypeOf<PagedInit<Search, 'get'>>().not.toHaveProperty('throwOnError');
    expectTypeOf<PagedInit<Paths['/things/{id}'], 'get'>['params']['path']>().toEqualTypeOf<{ id: string }>();
  });
});

describe('pages', () => {
  it('iterate items of the item type, and byPage gives pages of them', () => {
    type Thing = { id: string };
    expectTypeOf<Pages<Thing>>().toExtend<AsyncIterable<Thing>>();
    expectTypeOf<ReturnType<Pages<Thing>['byPage']>>().toExtend<AsyncIterable<Page<Thing>>>();
    expectTypeOf<Page<Thing>>().toEqualTypeOf<{ items: Thing[]; cursor: string | undefined; hasMore: boolean; response: Response }>();
  });

  it('resume from the cursor an error of the client carries', () => {
    expectTypeOf<RequestError['cursor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Pages<unknown>['byPage']>().parameter(0).toEqualTypeOf<{ cursor?: string } | undefined>();
  });
});

describe('a paginate spec', () => {
  const cursor = { items: '/data', cursor: '/meta/scrollId', cursorParam: 'scrollId' };
  const offset = { items: '/items', hasMore: '/hasNextPage', offsetParam: 'offset', offsetUnit: 'page' as const };

  it('is the cursor form or the offset form', () => {
    expectTypeOf(cursor).toExtend<CursorPaginateSpec>();
    expectTypeOf({ ...offset, page: '/page', totalPages: '/totalPages', totals: ['/totalCount'] }).toExtend<OffsetPaginateSpec>();
    expectTypeOf<CursorPaginateSpec | OffsetPaginateSpec>().toEqualTypeOf<PaginateSpec>();
  });

  it('takes total in place of hasMore in the offset form, and a limitParam in either', () => {
    const { hasMore: _, ...byTotal } = { ...offset, offsetUnit: 'item' as const, total: '/total', limitParam: 'count' };
    expectTypeOf(byTotal).toExtend<OffsetPaginateSpec>();
    expectTypeOf({ ...offset, total: '/total' }).toExtend<OffsetPaginateSpec>();
    expectTypeOf({ ...cursor, limitParam: 'size' }).toExtend<CursorPaginateSpec>();
  });

  it('is never both, and the offset form needs hasMore or total, and a known unit', () => {
    expectTypeOf({ ...cursor, ...offset }).not.toExtend<PaginateSpec>();
    expectTypeOf({ ...offset, hasMore: undefined }).not.toExtend<PaginateSpec>();
    expectTypeOf({ ...offset, hasMore: undefined, total: undefined }).not.toExtend<PaginateSpec>();
    expectTypeOf({ ...offset, offsetUnit: 'row' as const }).not.toExtend<PaginateSpec>();
  });
});
