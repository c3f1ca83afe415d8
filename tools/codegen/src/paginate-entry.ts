// The paginate entry of a client package: one typed overload of the runtime's
// `paginate` per operation whose spec declares `x-contactkit-paginate`, each
// checked here against the operation's parameters and 2xx JSON schema, so
// that a pointer or parameter the spec does not have fails the build, not
// the user's first page.
import type { ClientFacts } from './client-facts.ts';
import { exampleParams, generatedHeader, tsLiteral } from './client-facts.ts';
import { typesOf, walk } from './schema-pointer.ts';
import { type OpenApiDocument, type Operation, type Parameter, resolve, type Schema } from './spec.ts';

/** What both forms of `x-contactkit-paginate` say. */
interface PagingExtension {
  items: string;
  query?: Record<string, string | number | boolean>;
  limitParam?: string;
}

/** Paging over a cursor that each answer gives: the runtime's `CursorPaginateSpec`. */
export interface CursorExtension extends PagingExtension {
  hasMore?: string;
  cursor: string;
  cursorParam: string;
  cursorMayRepeat?: boolean;
}

/** Paging by an offset that the caller counts: the runtime's `OffsetPaginateSpec`. */
export interface OffsetExtension extends PagingExtension {
  hasMore?: string;
  total?: string;
  offsetParam: string;
  offsetUnit: 'page' | 'item';
  page?: string;
  totalPages?: string;
  totals?: string[];
}

/** What an operation's `x-contactkit-paginate` says: the runtime's `PaginateSpec`. */
export type PaginateExtension = CursorExtension | OffsetExtension;

/** A paged operation, its extension checked against its spec. */
export interface PagedOperation {
  operation: Operation;
  extension: PaginateExtension;
  /** The TypeScript type of one item, read from the generated `paths` at the `items` pointer. */
  itemType: string;
}

/** The query parameter that asks for a page: the cursor's or the offset's. */
export const pageParam = (extension: PaginateExtension) => ('offsetParam' in extension ? extension.offsetParam : extension.cursorParam);

const CURSOR_KEYS = ['items', 'hasMore', 'cursor', 'cursorParam', 'query', 'cursorMayRepeat', 'limitParam'];
const OFFSET_KEYS = ['items', 'hasMore', 'total', 'offsetParam', 'offsetUnit', 'page', 'totalPages', 'totals', 'query', 'limitParam'];

/** What the checks of either form use: the failure naming spec and operation, and checks of a pointer and a parameter against the operation. */
interface Checks {
  fail(what: string): never;
  /** The schema the pointer `key` points at in the 2xx body, which must fit `want`. */
  pointer(key: string, pointer: unknown, want: string, fits: (types: string[]) => boolean): { schema: Schema; type: string };
  /** The query parameter `key` names; given `what` it sends from the second page on, it must be optional. */
  parameter(key: string, name: unknown, what?: string): Parameter;
}

const isBoolean = (types: string[]) => types.includes('boolean');
const isNumber = (types: string[]) => types.includes('number') || types.includes('integer');

function checkCursor(extension: CursorExtension, { fail, pointer, parameter }: Checks): void {
  if (extension.hasMore !== undefined) pointer('hasMore', extension.hasMore, 'a boolean schema', isBoolean);
  pointer('cursor', extension.cursor, 'a string or integer schema', (types) => types.includes('string') || types.includes('integer'));
  parameter('cursorParam', extension.cursorParam, 'a cursor');
  if (extension.cursorMayRepeat !== undefined && typeof extension.cursorMayRepeat !== 'boolean') fail(`cursorMayRepeat must be true or false (got ${JSON.stringify(extension.cursorMayRepeat)})`);
}

/** Fails unless the query parameter is of type integer. */
function integerParameter(key: string, { name, schema }: Parameter, fail: Checks['fail']): void {
  const types = typesOf(schema);
  if (!types.includes('integer')) fail(`${key} "${name}" must be an integer query parameter (it is ${types.length ? `type ${types.join(' or ')}` : 'of no type'})`);
}

function checkOffset(extension: OffsetExtension, { fail, pointer, parameter }: Checks): void {
  if (extension.hasMore === undefined && extension.total === undefined) {
    fail('needs hasMore (a JSON Pointer to the boolean "more pages follow") or total (one to the number of items in all pages), or both: declare the one its answer has');
  }
  const hasMore = extension.hasMore === undefined ? undefined : pointer('hasMore', extension.hasMore, 'a boolean schema', isBoolean);
  integerParameter('offsetParam', parameter('offsetParam', extension.offsetParam, 'an offset'), fail);
  if (extension.offsetUnit !== 'page' && extension.offsetUnit !== 'item') fail(`offsetUnit must be "page" (the offset is a 0-based page index) or "item" (it counts items) (got ${JSON.stringify(extension.offsetUnit)})`);
  if (extension.total !== undefined) checkTotal(extension, { fail, pointer });
  if (extension.page !== undefined) pointer('page', extension.page, 'a number or integer schema', isNumber);
  if (extension.totalPages !== undefined) pointer('totalPages', extension.totalPages, 'a number or integer schema', isNumber);
  const totals = extension.totals ?? [];
  if (!Array.isArray(totals)) fail('totals must be a list of JSON Pointers to counts that must not change between pages, such as [/totalCount]');
  totals.forEach((total, index) => pointer(`totals[${index}]`, total, 'a number or integer schema', isNumber));
  // walk wraps an optional (or nullable) last step in NonNullable<>.
  if (hasMore?.type.startsWith('NonNullable<') && extension.total === undefined && (extension.page === undefined || extension.totalPages === undefined)) {
    fail(`hasMore "${extension.hasMore}" may be missing from an answer (it is optional or nullable in its schema): declare total, or page and totalPages, so that paging can tell by them whether more pages follow`);
  }
}

/** `total` counts items, so it goes with item offsets, and paging reads it on every page. */
function checkTotal(extension: OffsetExtension, { fail, pointer }: Pick<Checks, 'fail' | 'pointer'>): void {
  const total = pointer('total', extension.total, 'a number or integer schema', isNumber);
  if (extension.offsetUnit !== 'item') fail(`total "${extension.total}" counts items, so it needs offsetUnit "item" (got ${JSON.stringify(extension.offsetUnit)}); with page offsets, declare totalPages instead`);
  if (total.type.startsWith('NonNullable<')) fail(`total "${extension.total}" may be missing from an answer (it is optional or nullable in its schema): mark it required, since paging reads it on every page`);
}

/** The paged operations of a spec, each `x-contactkit-paginate` checked; throws naming the spec, operation and fix. */
export function pagedOperations(document: OpenApiDocument, facts: Pick<ClientFacts, 'specFile' | 'operations'>): PagedOperation[] {
  return facts.operations.flatMap((operation) => {
    const item = resolve(document, document.paths[operation.path]) as Record<string, Record<string, unknown> | undefined>;
    const raw = item?.[operation.method.toLowerCase()]?.['x-contactkit-paginate'];
    if (raw === undefined) return [];
    const fail = (what: string): never => {
      throw new Error(`${facts.specFile}: x-contactkit-paginate of ${operation.operationId} (${operation.method} ${operation.path}) ${what}.`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail('must be an object: over a cursor, with items, cursor and cursorParam, and optionally hasMore, query, cursorMayRepeat and limitParam; by an offset, with items, hasMore or total (or both), offsetParam and offsetUnit, and optionally page, totalPages, totals, query and limitParam');
    }
    const extension = raw as PaginateExtension;
    const byOffset = 'offsetParam' in extension;
    if (byOffset && 'cursorParam' in extension) fail('has both cursorParam and offsetParam: an operation pages over a cursor or by an offset, so keep the one its API uses');
    const keys = byOffset ? OFFSET_KEYS : CURSOR_KEYS;
    const unknown = Object.keys(extension).filter((key) => !keys.includes(key));
    if (unknown.length) fail(`has unknown key ${unknown.map((key) => `"${key}"`).join(', ')}: its keys ${byOffset ? 'by an offset' : 'over a cursor'} are ${keys.join(', ')}`);

    const response = operation.responses.find(({ status, schema }) => status >= 200 && status < 300 && schema);
    if (!response) fail('needs a 2xx response with an application/json schema for its pointers to point into: document the page\'s body');
    const { status, schema } = response!;
    const body = `paths[${tsLiteral(operation.path)}][${tsLiteral(operation.method.toLowerCase())}]['responses'][${status}]['content']['application/json']`;
    const pointer: Checks['pointer'] = (key, value, want, fits) => {
      if (typeof value !== 'string' || !value.startsWith('/')) return fail(`${key} must be a JSON Pointer into the ${status} JSON body, such as "/data" (got ${JSON.stringify(value)})`);
      const walked = walk(schema!, value, body);
      if ('missing' in walked) return fail(`${key} "${value}" points at nothing in the ${status} application/json schema: ${walked.missing}; fix the pointer or the schema`);
      const types = typesOf(walked.schema);
      if (!fits(types)) fail(`${key} "${value}" must point at ${want} in the ${status} application/json schema (it is ${types.length ? `type ${types.join(' or ')}` : 'of no type'})`);
      return walked;
    };
    const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
    const declared = `its query parameters: ${queryParameters.map(({ name }) => name).join(', ') || 'none'}`;
    const parameter: Checks['parameter'] = (key, name, what) => {
      const found = queryParameters.find((candidate) => candidate.name === name);
      if (typeof name !== 'string' || !found) return fail(`${key} ${JSON.stringify(name)} must be a query parameter of the operation (${declared}); declare it, or fix the name`);
      if (what && found.required) fail(`${key} "${name}" must be an optional query parameter: the first page is asked for without ${what}`);
      return found;
    };

    const items = pointer('items', extension.items, 'an array schema', (types) => types.includes('array'));
    const paramKey = byOffset ? 'offsetParam' : 'cursorParam';
    const checks = { fail, pointer, parameter };
    if ('offsetParam' in extension) checkOffset(extension, checks);
    else checkCursor(extension, checks);
    if (extension.limitParam !== undefined) {
      if (extension.limitParam === pageParam(extension)) fail(`limitParam "${extension.limitParam}" is the ${paramKey}: name the query parameter of the page size`);
      integerParameter('limitParam', parameter('limitParam', extension.limitParam), fail);
    }

    const query = extension.query ?? {};
    if (typeof query !== 'object' || Array.isArray(query)) fail('query must map query parameters to the values every page request sends, e.g. `useScrollId: true`');
    for (const [name, value] of Object.entries(query)) {
      const parameter = queryParameters.find((candidate) => candidate.name === name);
      if (!parameter) fail(`query sends "${name}", which is not a query parameter of the operation (${declared}); declare it, or fix the name`);
      if (name === pageParam(extension)) fail(`query must not send the ${paramKey} "${name}": paginate sends each page's ${byOffset ? 'offset' : 'cursor'} there`);
      if (name === extension.limitParam) fail(`query must not send the limitParam "${name}": the page size is the caller's`);
      const types = typesOf(parameter!.schema);
      const kind = typeof value === 'number' && Number.isInteger(value) ? ['number', 'integer'] : [typeof value];
      if (types.length && !types.some((type) => kind.includes(type))) fail(`query sends ${name}: ${JSON.stringify(value)}, which is not of its parameter's type (${types.join(' or ')})`);
    }
    return [{ operation, extension, itemType: `${items.type}[number]` }];
  });
}

/** A JSDoc block from lines of text. */
const jsDoc = (lines: string[]) => ['/**', ...lines.map((line) => (line ? ` * ${line.replaceAll('*/', '*\\/')}` : ' *')), ' */'].join('\n');

/** The documented query examples of a paged operation, except the ones paginate sends itself: its `init` in examples. */
export function pagedExampleInit({ operation, extension }: PagedOperation): Record<string, unknown> {
  const own = new Set([pageParam(extension), ...Object.keys(extension.query ?? {})]);
  // A page size example paginate would refuse (0 asks some APIs for every record) is left out too.
  const refused = (parameter: Parameter) => parameter.name === extension.limitParam && !(Number.isInteger(parameter.example) && (parameter.example as number) >= 1);
  // Every documented query parameter but paginate's own; beside the query, only what the call cannot do without.
  const params = exampleParams(operation, (parameter) => (parameter.in === 'query' ? !own.has(parameter.name) && !refused(parameter) : parameter.required));
  return Object.keys(params).length ? { params } : {};
}

/** `generated/paginate.gen.ts`: `paginate`, typed per paged operation, and the runtime's page types and error. */
export function paginateSource(facts: ClientFacts, paged: PagedOperation[]): string {
  const header = generatedHeader(facts);
  const reexports = "export { type ByPageOptions, type Page, type Pages, PaginationError } from '@contactkit/runtime/paginate';";
  if (!paged.length) {
    return `${header}import { ConfigurationError } from '@contactkit/runtime/public';
import type { Pages } from '@contactkit/runtime/paginate';
import type { Client } from './client.gen.js';

${reexports}

// \`method\` and \`path\` are \`never\` rather than the export left out: the entry
// and its exports stay those of every client, and a call fails to compile at
// the argument the API does not have, not at the import.
${jsDoc([
  `The ${facts.displayName} documents no paged operation (no`,
  '`x-contactkit-paginate` in its spec), so there is nothing to pass to',
  '`paginate`: every call of it is a type error, and throws a',
  '`ConfigurationError` if made anyway. The entry is here so that every',
  'client package has the same entries.',
])}
export function paginate(client: Pick<Client, 'request'>, method: never, path: never, init?: never): Pages<never> {
  throw new ConfigurationError('path', \`path must be a paged operation of the ${facts.displayName}, which documents none (got "\${String(method)} \${String(path)}").\`);
}
`;
  }
  const specs = Object.fromEntries(paged.map(({ operation, extension }) => [`${operation.method} ${operation.path}`, extension]));
  const overloads = paged.map((entry) => {
    const { operation, itemType } = entry;
    const init = pagedExampleInit(entry);
    const example = `paginate(client, ${tsLiteral(operation.method)}, ${tsLiteral(operation.path)}${Object.keys(init).length ? `, ${tsLiteral(init)}` : ''})`;
    return `${jsDoc([
      `${operation.summary ? `${operation.summary.replace(/\.$/, '')}: e` : 'E'}very item of \`${operation.operationId}\`, page by page as you iterate.`,
      `\`byPage({ cursor })\` gives whole pages, from ${'offsetParam' in entry.extension ? 'an offset (as a string)' : 'a cursor'} when given.`,
      '',
      '@example',
      `for await (const item of ${example}) console.log(item);`,
    ])}
export function paginate(client: Pick<Client, 'request'>, method: ${tsLiteral(operation.method)}, path: ${tsLiteral(operation.path)}, ...init: PagedInitArgs<paths[${tsLiteral(operation.path)}], ${tsLiteral(operation.method.toLowerCase())}>): Pages<${itemType}>;`;
  });
  const known = paged.map(({ operation }) => `${operation.method} ${operation.path}`).join(', ');
  return `${header}import type { CallOptions } from '@contactkit/runtime';
import { type PagedInitArgs, type Pages, type PaginateSpec, paginate as paginatePages } from '@contactkit/runtime/paginate';
import { ConfigurationError } from '@contactkit/runtime/public';
import type { Client } from './client.gen.js';
import type { paths } from './schema.gen.js';

${reexports}

// Each paged operation's x-contactkit-paginate, by \`<METHOD> <path>\`.
const operations: Readonly<Record<string, PaginateSpec>> = ${tsLiteral(specs)};

${overloads.join('\n\n')}
export function paginate(client: Pick<Client, 'request'>, method: string, path: string, init: Record<string, unknown> & CallOptions = {}): Pages<unknown> {
  const spec = operations[\`\${method} \${path}\`];
  if (!spec) throw new ConfigurationError('path', \`path must be a paged operation of the ${facts.displayName}: ${known} (got "\${method} \${path}").\`);
  return paginatePages(client, method, path, init, spec);
}
`;
}
