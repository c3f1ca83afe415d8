import { formDataOf } from '@contactkit/runtime';
import { type Constraint, REMOVE } from './constraints.ts';
import { asFormParts, isForm } from './form.ts';
import { credentialHeaderNames, type OpenApiDocument, type Operation } from '@contactkit/codegen/spec';

/** The parts of a request that a spec constrains. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: unknown;
}

/** A request the spec accepts, built from its examples. */
export function validRequest(operation: Operation): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (parameter.example === undefined) {
      if (parameter.required) {
        throw new Error(`${operation.operationId}: required ${parameter.in} parameter "${parameter.name}" has no example; add one to the spec.`);
      }
      continue;
    }
    parts[parameter.in][parameter.name] = parameter.example;
  }
  if (operation.body?.example !== undefined) parts.body = operation.body.example;
  else if (operation.body?.required) throw new Error(`${operation.operationId}: the request body is required and has no example; add one to the spec.`);
  return parts;
}

/** `parts` with one constraint broken. */
export function breaking(parts: RequestParts, constraint: Constraint): RequestParts {
  const copy = structuredClone(parts) as unknown as Record<string, unknown>;
  const [section, ...path] = constraint.location;
  let parent = copy as Record<string | number, unknown>;
  let key: string | number = section;
  for (const next of path) {
    parent[key] ??= typeof next === 'number' ? [] : {};
    parent = parent[key] as Record<string | number, unknown>;
    key = next;
  }
  if (constraint.value === REMOVE) delete parent[key];
  else parent[key] = structuredClone(constraint.value);
  return copy as unknown as RequestParts;
}

/**
 * `fetch` arguments for `parts` sent to `base`, with a placeholder for every
 * credential header the operation's security requires: for checks that go
 * around the client.
 */
export function fetchArgs(base: string, document: OpenApiDocument, operation: Operation, parts: RequestParts): [string, RequestInit] {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(parts.path[name])));
  const query = new URLSearchParams(Object.entries(parts.query).map(([name, value]) => [name, String(value)]));
  // A form's Content-Type, with its boundary, is fetch's to write.
  const headers = new Headers(isForm(operation) ? {} : { 'content-type': 'application/json' });
  for (const header of credentialHeaderNames(document, operation)) headers.set(header, header === 'authorization' ? 'Bearer placeholder' : 'placeholder');
  const init: RequestInit = { method: operation.method, headers };
  if (parts.body !== undefined) init.body = isForm(operation) ? formDataOf(asFormParts(operation, parts.body)) : JSON.stringify(parts.body);
  return [`${base}${path}${query.size ? `?${query}` : ''}`, init];
}
