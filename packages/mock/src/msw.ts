// In-process mocks (msw 2 request handlers) of an API, from what its spec
// documents: every operation answers its first documented example; a request
// without the credentials its operation needs gets the documented 401; one
// the spec forbids gets the documented 400 (or 422), with what broke which
// rule in the `x-mock-violations` header. Each client's `./msw` entry passes
// its operations, examples and build-time validators: nothing here compiles
// a schema at run time. Needs `msw` (2.x) in the consumer's devDependencies.
import { type CompiledValidator, formParts, textIssues, type ValidationIssue, validationIssues } from '@contactkit/runtime/validation';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { MockData, StoreAnswer, StoreRole } from './msw-store.js';

export type { CompiledValidator } from '@contactkit/runtime/validation';
export { MockData, type MockDataOptions, type MockResource, type StoreRole } from './msw-store.js';

/** What the handlers need to know of one operation. */
export interface MswOperation {
  /** `GET`, `POST`, … */
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** Its OpenAPI path template, e.g. `/contacts/{id}`. */
  path: string;
  /** The alternatives of credentials it takes, each the header names sent together; `[[]]` when it needs none. */
  credentials: readonly (readonly string[])[];
  /** Its documented answers: the named examples of each status (a status without one answers no body). */
  answers: Readonly<Record<number, readonly { name?: string; value: unknown }[]>>;
  /** How to read query parameters that are not text on the wire. */
  queryTypes?: Readonly<Record<string, 'integer' | 'number' | 'boolean' | 'array'>>;
  /** The validators of its request's parts. */
  validators?: { path?: CompiledValidator; query?: CompiledValidator; body?: CompiledValidator; responses?: Record<number, CompiledValidator | null> };
  /** Whether a request must have a body. */
  bodyRequired?: boolean;
  /** What it does to the records of `handlers(baseUrl, { data })`, from the spec's links. */
  store?: StoreRole;
}

/** How the handlers answer. */
export interface MswOptions {
  /**
   * Records to answer from (a client's `createMockData()`): creates store
   * what they create, reads answer the stored record, an unknown id gets
   * the documented not-found answer. Without it every operation answers
   * its documented example.
   */
  data?: MockData;
}

/** One broken rule of a request, as the `x-mock-violations` header lists it: the same as `requestValidation()` reports. */
export type MockViolation = ValidationIssue;

/** The handlers of `operations`, served under `baseUrl`. */
export function mswHandlers(baseUrl: string, operations: readonly MswOperation[], { data }: MswOptions = {}): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return operations.map((operation) => {
    const route = base + operation.path.replace(/\{([^}]+)\}/g, ':$1');
    const on = http[operation.method.toLowerCase() as Lowercase<MswOperation['method']>];
    return on(route, async ({ request, params }) => {
      if (!hasCredentials(operation, request.headers)) return documented(operation, 401, []);
      const body = await bodyOf(request);
      const violations = [
        ...(operation.bodyRequired && body === undefined ? [{ at: 'body', rule: 'required', message: 'is required' }] : []),
        ...pathIssues(operation.validators?.path, params),
        ...issues(operation.validators?.query, queryOf(new URL(request.url), operation.queryTypes ?? {}), 'query'),
        ...bodyIssues(operation.validators?.body, body, request),
      ];
      if (violations.length) return documented(operation, operation.answers[400] ? 400 : 422, violations);
      // As with Prism, `Prefer: code=404, example=notFound` picks a documented answer.
      const prefer = Object.fromEntries((request.headers.get('prefer') ?? '').split(/\s*[,;]\s*/).map((pair) => pair.split('=') as [string, string]));
      if (prefer.code) return documented(operation, Number(prefer.code), [], prefer.example);
      const stored = data?.answer(operation, { params, query: new URL(request.url).searchParams, body });
      if (stored) return fromStore(operation, stored);
      const success = Object.keys(operation.answers).map(Number).filter((status) => status < 300).sort()[0] ?? 200;
      return documented(operation, success, []);
    });
  });
}

/** The store's answer; one the spec documents no body for gets a problem body saying what went wrong. */
function fromStore(operation: MswOperation, { status, body, notStored, problem }: StoreAnswer): Response {
  const headers: Record<string, string> = notStored?.length ? { 'x-mock-not-stored': notStored.join(', ') } : {};
  if (problem) headers['x-mock-problem'] = problem;
  if (body !== undefined) return HttpResponse.json(body as never, { status, headers });
  if (!problem) return new HttpResponse(null, { status, headers });
  const title = status === 404 ? 'Not Found' : 'Unprocessable Content';
  return HttpResponse.json({ type: 'about:blank', title, status, detail: problem }, { status, headers: { ...headers, 'content-type': 'application/problem+json' } });
}

function hasCredentials(operation: MswOperation, headers: Headers): boolean {
  return operation.credentials.some((set) => set.every((name) => !!headers.get(name)));
}

/** The answer of `status` with its first documented example, or a problem body naming the violations when none is documented. */
function documented(operation: MswOperation, status: number, violations: MockViolation[], name?: string): Response {
  const headers = violations.length ? { 'x-mock-violations': JSON.stringify(violations) } : undefined;
  const examples = operation.answers[status];
  const example = examples?.find((one) => one.name === name) ?? examples?.[0];
  if (example) return HttpResponse.json(example.value as never, { status, headers });
  // Content-Length 0 tells a client there is no body to read, as Prism's answers do (openapi-fetch then gives `error: undefined`, not `''`).
  if (examples) return new HttpResponse(null, { status, headers: { ...headers, 'content-length': '0' } });
  const detail = violations.length ? violations.map(({ at, message }) => `${at} ${message}`).join('; ') : 'send the credentials this operation needs';
  return HttpResponse.json({ type: 'about:blank', title: status === 401 ? 'Unauthorized' : 'Unprocessable Content', status, detail, violations }, { status, headers: { ...headers, 'content-type': 'application/problem+json' } });
}

function issues(validate: CompiledValidator | undefined, value: unknown, part: string): MockViolation[] {
  return validate && value !== undefined ? validationIssues(validate, value, part) : [];
}

/** The body's issues: a form's parts are text, read as the spec types them (the runtime's requestValidation() reads them so too). */
function bodyIssues(validate: CompiledValidator | undefined, body: unknown, request: Request): MockViolation[] {
  if (!validate || body === undefined) return [];
  return isForm(request) ? textIssues(validate, body as Record<string, unknown>, 'body') : validationIssues(validate, body, 'body');
}

const isForm = (request: Request) => /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');

/** The path parameters' issues: each is text in the URL, so one the spec types a number or boolean is read as one first. */
function pathIssues(validate: CompiledValidator | undefined, params: Record<string, unknown>): MockViolation[] {
  return validate ? textIssues(validate, params, 'path') : [];
}

/** The query as its validator reads it: numbers and booleans from their text, arrays from repeated or comma-separated values. */
function queryOf(url: URL, types: Readonly<Record<string, string>>): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    const type = types[name];
    const text = values[0]!;
    if (type === 'array') query[name] = values.length > 1 ? values : text.split(',');
    else if (type === 'integer' || type === 'number') query[name] = text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
    else if (type === 'boolean') query[name] = text === 'true' ? true : text === 'false' ? false : text;
    else query[name] = text;
  }
  return query;
}

/** The body: a form's parts by name, else JSON, else its text (for the validator to refuse); `undefined` when empty. */
async function bodyOf(request: Request): Promise<unknown> {
  if (isForm(request)) return formParts(await request.formData());
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
