// The paginate entry of a client package: one typed overload of the runtime's
// `paginate` per operation whose spec declares `x-contactkit-paginate`, each
// checked here against the operation's parameters and 2xx JSON schema, so
// that a pointer or parameter the spec does not have fails the build, not
// the user's first page.
import type { ClientFacts } from './client-facts.ts';
import { tsLiteral } from './client-facts.ts';
import { typesOf, walk } from './schema-pointer.ts';
import { type OpenApiDocument, type Operation, resolve } from './spec.ts';

/** What an operation's `x-contactkit-paginate` says: the runtime's `PaginateSpec`. */
export interface PaginateExtension {
  items: string;
  hasMore?: string;
  cursor: string;
  cursorParam: string;
  query?: Record<string, string | number | boolean>;
  cursorMayRepeat?: boolean;
}

/** A paged operation, its extension checked against its spec. */
export interface PagedOperation {
  operation: Operation;
  extension: PaginateExtension;
  /** The TypeScript type of one item, read from the generated `paths` at the `items` pointer. */
  itemType: string;
}

const KEYS = ['items', 'hasMore', 'cursor', 'cursorParam', 'query', 'cursorMayRepeat'];

/** The paged operations of a spec, each `x-contactkit-paginate` checked; throws naming the spec, operation and fix. */
export function pagedOperations(document: OpenApiDocument, facts: Pick<ClientFacts, 'specFile' | 'operations'>): PagedOperation[] {
  return facts.operations.flatMap((operation) => {
    const item = resolve(document, document.paths[operation.path]) as Record<string, Record<string, unknown> | undefined>;
    const raw = item?.[operation.method.toLowerCase()]?.['x-contactkit-paginate'];
    if (raw === undefined) return [];
    const fail = (what: string): never => {
      throw new Error(`${facts.specFile}: x-contactkit-paginate of ${operation.operationId} (${operation.method} ${operation.path}) ${what}.`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('must be an object with items, cursor and cursorParam, and optionally hasMore, query and cursorMayRepeat');
    const extension = raw as PaginateExtension;
    const unknown = Object.keys(extension).filter((key) => !KEYS.includes(key));
    if (unknown.length) fail(`has unknown key ${unknown.map((key) => `"${key}"`).join(', ')}: its keys are ${KEYS.join(', ')}`);

    const response = operation.responses.find(({ status, schema }) => status >= 200 && status < 300 && schema);
    if (!response) fail('needs a 2xx response with an application/json schema for its pointers to point into: document the page\'s body');
    const { status, schema } = response!;
    const body = `paths[${tsLiteral(operation.path)}][${tsLiteral(operation.method.toLowerCase())}]['responses'][${status}]['content']['application/json']`;
    const at = (key: 'items' | 'hasMore' | 'cursor', want: string, fits: (types: string[]) => boolean) => {
      const pointer = extension[key];
      if (typeof pointer !== 'string' || !pointer.startsWith('/')) return fail(`${key} must be a JSON Pointer into the ${status} JSON body, such as "/data" (got ${JSON.stringify(pointer)})`);
      const walked = walk(schema!, pointer, body);
      if ('missing' in walked) return fail(`${key} "${pointer}" points at nothing in the ${status} application/json schema: ${walked.missing}; fix the pointer or the schema`);
      const types = typesOf(walked.schema);
      if (!fits(types)) fail(`${key} "${pointer}" must point at ${want} in the ${status} application/json schema (it is ${types.length ? `type ${types.join(' or ')}` : 'of no type'})`);
      return walked;
    };
    const items = at('items', 'an array schema', (types) => types.includes('array'));
    if (extension.hasMore !== undefined) at('hasMore', 'a boolean schema', (types) => types.includes('boolean'));
    at('cursor', 'a string or integer schema', (types) => types.includes('string') || types.includes('integer'));

    const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
    const declared = `its query parameters: ${queryParameters.map(({ name }) => name).join(', ') || 'none'}`;
    const cursorParam = queryParameters.find(({ name }) => name === extension.cursorParam);
    if (typeof extension.cursorParam !== 'string' || !cursorParam) fail(`cursorParam ${JSON.stringify(extension.cursorParam)} must be a query parameter of the operation (${declared}); declare it, or fix the name`);
    if (cursorParam!.required) fail(`cursorParam "${extension.cursorParam}" must be an optional query parameter: the first page is asked for without a cursor`);
    if (extension.cursorMayRepeat !== undefined && typeof extension.cursorMayRepeat !== 'boolean') fail(`cursorMayRepeat must be true or false (got ${JSON.stringify(extension.cursorMayRepeat)})`);
    const query = extension.query ?? {};
    if (typeof query !== 'object' || Array.isArray(query)) fail('query must map query parameters to the values every page request sends, e.g. `useScrollId: true`');
    for (const [name, value] of Object.entries(query)) {
      const parameter = queryParameters.find((candidate) => candidate.name === name);
      if (!parameter) fail(`query sends "${name}", which is not a query parameter of the operation (${declared}); declare it, or fix the name`);
      if (name === extension.cursorParam) fail(`query must not send the cursorParam "${name}": paginate sends each page's cursor there`);
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
  const own = new Set([extension.cursorParam, ...Object.keys(extension.query ?? {})]);
  const params = Object.fromEntries(
    (['path', 'query', 'header'] as const).flatMap((location) => {
      const documented = operation.parameters.filter((parameter) => parameter.in === location && parameter.example !== undefined && !(location === 'query' && own.has(parameter.name)));
      // Beside the query, only what the call cannot do without.
      const values = location === 'query' ? documented : documented.filter((parameter) => parameter.required);
      return values.length ? [[location, Object.fromEntries(values.map((parameter) => [parameter.name, parameter.example]))]] : [];
    }),
  );
  return Object.keys(params).length ? { params } : {};
}

/** `generated/paginate.gen.ts`: `paginate`, typed per paged operation, and the runtime's page types and error. */
export function paginateSource(facts: ClientFacts, paged: PagedOperation[]): string {
  const header = `// Generated from ${facts.specFile}, its entry in redocly.yaml and package.json by \`pnpm generate\`. Do not edit by hand.\n\n`;
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
      '`byPage({ cursor })` gives whole pages, from a cursor when given.',
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
