// Opt-in request validation: refuses, before sending, a request that the spec
// forbids. The validators are compiled from the spec at build time, so this
// entry ships no schema compiler.
import type { Middleware } from 'openapi-fetch';
import { ContactkitError } from './errors.js';

/** One compiled validator, as Ajv's standalone code exports it. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null;
}

/** The validators of one operation, one per request part it has. */
export interface OperationValidators {
  path?: CompiledValidator;
  query?: CompiledValidator;
  header?: CompiledValidator;
  body?: CompiledValidator;
}

/** One way a request breaks the spec. */
export interface ValidationIssue {
  /** Where, e.g. `body.addresses.msisdn` or `path.accountId`. */
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

function issuesOf(validate: CompiledValidator, value: unknown, part: string): ValidationIssue[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(({ instancePath, keyword, message = 'is invalid', params }) => {
    const path = instancePath.split('/').slice(1);
    // A missing property is reported at its parent: name the property itself.
    if (keyword === 'required' && typeof params.missingProperty === 'string') path.push(params.missingProperty);
    return { at: [part, ...path].join('.'), rule: keyword, message: keyword === 'required' ? 'is required' : message };
  });
}

async function bodyOf(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  return text ? JSON.parse(text) : undefined;
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
        operation[part] ? issuesOf(operation[part], given[part] ?? {}, part) : [],
      );
      if (operation.body) issues.push(...issuesOf(operation.body, await bodyOf(request), 'body'));
      if (issues.length) throw new ValidationError(request.method, schemaPath, issues);
      return undefined;
    },
  };
}
