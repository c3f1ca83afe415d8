// Opt-in validation against the spec: refuses, before sending, a request that
// the spec forbids, and reports an answer that the spec does not describe.
// The validators are compiled from the spec at build time, so this entry
// ships no schema compiler.
import type { Middleware } from 'openapi-fetch';
import { ContactkitError, invalid } from './errors.js';
import { parsedBodies } from './transport.js';

/** One compiled validator, as Ajv's standalone code exports it. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null;
}

/** The validators of one operation: one per request part it has, and its documented answers. */
export interface OperationValidators {
  path?: CompiledValidator;
  query?: CompiledValidator;
  header?: CompiledValidator;
  body?: CompiledValidator;
  /**
   * Every answer the spec documents, by status as the spec keys it (`200`,
   * `4XX`, `default`): the validator of its JSON body, or `null` when it
   * documents no JSON body.
   */
  responses?: Record<string, CompiledValidator | null>;
}

/** One way a request or an answer breaks the spec. */
export interface ValidationIssue {
  /** Where, e.g. `body.addresses.msisdn`, `path.accountId` or, for an answer, `status`. */
  at: string;
  /** The JSON Schema keyword that failed, e.g. `pattern`. */
  rule: string;
  /** What the spec requires there, e.g. `must match pattern "^[0-9]+$"`. */
  message: string;
}

/** A request that the spec forbids, refused before it was sent. */
export class ValidationError extends ContactkitError {
  override name = 'ValidationError';
  readonly method: string;
  readonly pathTemplate: string;
  readonly issues: readonly ValidationIssue[];

  constructor(method: string, pathTemplate: string, issues: ValidationIssue[]) {
    const list = issues.map(({ at, message }) => `${at} ${message}`).join('; ');
    super(`${method} ${pathTemplate} was not sent: ${list}. Fix the request to match the API's spec.`);
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.issues = issues;
  }
}

/** What `value`, the request's `part` (`body`, `query`, `path`), breaks of `validate`'s rules, each named where it is: empty when it passes. */
export function validationIssues(validate: CompiledValidator, value: unknown, part: string): ValidationIssue[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(({ instancePath, keyword, message = 'is invalid', params }) => {
    const path = instancePath.split('/').slice(1);
    // A missing or unknown property is reported at its parent: name the property itself.
    if (keyword === 'required' && typeof params.missingProperty === 'string') path.push(params.missingProperty);
    const unknown = keyword === 'additionalProperties' && typeof params.additionalProperty === 'string';
    if (unknown) path.push(params.additionalProperty as string);
    const said = keyword === 'required' ? 'is required' : unknown ? 'is not a property the spec allows here: check its spelling, or leave it out' : message;
    return { at: [part, ...path].join('.'), rule: keyword, message: said };
  });
}

/** The request's body as its validator reads it, and whether it is a multipart form. */
async function bodyOf(request: Request): Promise<{ value: unknown; form: boolean }> {
  const copy = request.clone();
  if (/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return { value: formParts(await copy.formData()), form: true };
  const text = await copy.text();
  return { value: text ? JSON.parse(text) : undefined, form: false };
}

/** A form's parts by name, as the server reads them: a file as a `File`, anything else as text; a repeated name as a list. */
export function formParts(form: FormData): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    parts[name] = values.length > 1 ? values : values[0];
  }
  return parts;
}

/**
 * What `values`, an object of values sent as text (a form's parts, a URL's
 * path parameters), breaks of `validate`'s rules, each named under `part`: a
 * value that the schema wants a boolean or a number is first read as one
 * (`"true"`, `"12"`), as the server reads it; only one that cannot be stays an issue.
 */
export function textIssues(validate: CompiledValidator, values: Record<string, unknown>, part: string): ValidationIssue[] {
  if (validate(values)) return [];
  const read = { ...values };
  for (const { instancePath, keyword, params } of validate.errors ?? []) {
    const name = instancePath.slice(1);
    const text = read[name];
    if (keyword !== 'type' || name.includes('/') || typeof text !== 'string') continue;
    if (params.type === 'boolean' && (text === 'true' || text === 'false')) read[name] = text === 'true';
    else if ((params.type === 'number' || params.type === 'integer') && text.trim() && Number.isFinite(Number(text))) read[name] = Number(text);
  }
  return validationIssues(validate, read, part);
}

/** `body`'s issues; a form's every part is text, read as {@link textIssues} does. */
function bodyIssues(validate: CompiledValidator, { value, form }: { value: unknown; form: boolean }): ValidationIssue[] {
  return form ? textIssues(validate, value as Record<string, unknown>, 'body') : validationIssues(validate, value, 'body');
}

/**
 * Middleware that validates each request against its operation's compiled
 * validators and throws a {@link ValidationError} naming every field and
 * rule it breaks, before anything is sent.
 */
export function validationMiddleware(validators: Record<string, OperationValidators>): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      const operation = validators[`${request.method} ${schemaPath}`];
      if (!operation) return undefined;
      const given = params as Record<string, unknown>;
      const issues = (['path', 'query', 'header'] as const).flatMap((part) =>
        operation[part] ? validationIssues(operation[part], given[part] ?? {}, part) : [],
      );
      if (operation.body) issues.push(...bodyIssues(operation.body, await bodyOf(request)));
      if (issues.length) throw new ValidationError(request.method, schemaPath, issues);
      return undefined;
    },
  };
}

/** An answer that the spec does not describe: what {@link ResponseValidationOptions.onMismatch} is given. */
export interface ResponseMismatch {
  method: string;
  /** The path as the spec names it, e.g. `/contacts/{contactId}`: never the URL with its ids filled in. */
  pathTemplate: string;
  status: number;
  issues: readonly ValidationIssue[];
}

/** Options of {@link responseValidationMiddleware}. */
export interface ResponseValidationOptions {
  /**
   * What to do with an answer the spec does not describe: `'throw'` a
   * {@link ResponseValidationError}, or a function given the mismatch, after
   * which the call returns as usual (e.g. to log mismatches in production).
   * @defaultValue `'throw'`
   */
  onMismatch?: 'throw' | ((mismatch: ResponseMismatch) => void);
}

/** An answer that the spec does not describe: the API and its spec differ. */
export class ResponseValidationError extends ContactkitError {
  override name = 'ResponseValidationError';
  readonly method: string;
  readonly pathTemplate: string;
  readonly status: number;
  readonly issues: readonly ValidationIssue[];

  constructor({ method, pathTemplate, status, issues }: ResponseMismatch) {
    const list = issues.map(({ at, message }) => `${at} ${message}`).join('; ');
    super(
      `${method} ${pathTemplate} answered HTTP ${status} differently from the API's spec: ${list}. ` +
        'The API does not do what its spec says, or the spec is out of date: please report it, with this message.',
    );
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.status = status;
    this.issues = issues;
  }
}

/** The documented answer a status falls under: its own, its range's (`4XX`), else `default`. */
function documentedAnswer(responses: Record<string, CompiledValidator | null>, status: number): CompiledValidator | null | undefined {
  for (const key of [`${status}`, `${Math.floor(status / 100)}XX`, 'default']) {
    if (key in responses) return responses[key];
  }
  return undefined;
}

/**
 * The answer's body, parsed: for a 2xx, what the transport parsed (it has
 * read the body); for an error answer, read from a copy (the caller still
 * reads it). `undefined` when it cannot be had: the transport did not
 * parse it (the caller asked for another `parseAs`, or other middleware
 * replaced the answer), or other middleware read it.
 */
async function answerBody(response: Response): Promise<{ json: true; value: unknown } | { json: false } | undefined> {
  if (response.ok) {
    const parsed = parsedBodies.get(response);
    return parsed && { json: true, value: parsed.value };
  }
  if (response.bodyUsed) return undefined;
  const text = await response.clone().text();
  try {
    return { json: true, value: text ? JSON.parse(text) : undefined };
  } catch {
    return { json: false };
  }
}

async function answerIssues(responses: Record<string, CompiledValidator | null>, response: Response): Promise<ValidationIssue[]> {
  const validate = documentedAnswer(responses, response.status);
  if (validate === undefined) {
    const documented = Object.keys(responses).join(', ') || 'none';
    return [{ at: 'status', rule: 'documented', message: `must be one the spec documents (${documented})` }];
  }
  // The spec documents no JSON body for this status: nothing more to check.
  if (validate === null) return [];
  const body = await answerBody(response);
  if (!body) return [];
  if (!body.json) return [{ at: 'body', rule: 'json', message: 'must be JSON' }];
  if (body.value === undefined) return [{ at: 'body', rule: 'required', message: 'is empty where the spec documents a JSON body' }];
  return validationIssues(validate, body.value, 'body');
}

/**
 * Middleware that checks each answer against its operation's compiled
 * validators: that the spec documents its status (or has a `default`), and
 * that its JSON body matches that status's schema. An answer that does not
 * is a {@link ResponseMismatch}, thrown as a {@link ResponseValidationError}
 * or given to `onMismatch`. Operations without validators pass unchecked.
 */
export function responseValidationMiddleware(validators: Record<string, OperationValidators>, options: ResponseValidationOptions = {}): Middleware {
  const { onMismatch = 'throw' } = options;
  if (onMismatch !== 'throw' && typeof onMismatch !== 'function') invalid('onMismatch', "'throw' or a function", typeof onMismatch === 'string' ? `"${onMismatch}"` : typeof onMismatch);
  return {
    async onResponse({ request, response, schemaPath }) {
      const responses = validators[`${request.method} ${schemaPath}`]?.responses;
      if (!responses) return undefined;
      const issues = await answerIssues(responses, response);
      if (!issues.length) return undefined;
      const mismatch: ResponseMismatch = { method: request.method, pathTemplate: schemaPath, status: response.status, issues };
      if (onMismatch === 'throw') throw new ResponseValidationError(mismatch);
      onMismatch(mismatch);
      return undefined;
    },
  };
}
