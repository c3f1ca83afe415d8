// What a client knows of its API's failures, read from the spec: where error
// bodies carry a message and a code, which header carries a request id,
// which answers have JSON bodies, which 2xx bodies are failures, and the body
// types each error class can hold.
import * as runtimeErrors from '../../../packages/runtime/src/errors.ts';
import type { Operation, Schema } from './spec.ts';

// Property names, in order of preference, that error bodies use for a
// readable message and for the vendor's error code or id.
const MESSAGE_NAMES = ['message', 'error', 'error_description', 'detail', 'title', 'errorMessage', 'description'];
const CODE_NAMES = ['errorId', 'errorCode', 'error_code', 'code'];
// A response header that identifies the request, for the vendor's support.
const REQUEST_ID = /^(x-)?(request|correlation|trace)-?id$/i;

/** Where the API's error bodies carry a message and a code: the names its error schemas have, in order of preference. */
export interface ErrorBodyFields {
  message: string[];
  code: string[];
}

/** What the generated client gets from its spec about failures. */
export interface ErrorFacts {
  errorBody: ErrorBodyFields;
  requestIdHeader: string | undefined;
  /** Per operation (`METHOD /path`): its 2xx statuses with JSON bodies, and the 2xx failures it declares. */
  operations: Record<string, { json: number[]; text: number[]; failures: { status: number; error: string; when: Schema }[] }>;
  /** Per runtime error class that the API can throw: the TypeScript types of the bodies it can carry. */
  bodies: Record<string, string[]>;
  /** The operations (`get /path`) that declare 2xx failures, as `ApiClient` names them. */
  failing: string[];
}

/** The names of a schema's scalar properties that appear in `names`, in their order. */
const scalarFields = (schema: Schema | undefined, names: string[]) =>
  names.filter((name) => {
    const type = schema?.properties?.[name]?.type;
    return [type].flat().some((one) => one === 'string' || one === 'integer' || one === 'number');
  });

/** The runtime's error class of a status, by name. */
const familyOf = (status: number) => runtimeErrors.httpErrorClass(status).name;

/** Checks that `name` is one of the runtime's HTTP error classes, naming them all when it is not. */
function checkErrorClass(name: string, where: string): void {
  const found = (runtimeErrors as Record<string, unknown>)[name];
  if (typeof found === 'function' && (found === runtimeErrors.HttpError || found.prototype instanceof runtimeErrors.HttpError)) return;
  const known = Object.entries(runtimeErrors)
    .filter(([, value]) => typeof value === 'function' && (value === runtimeErrors.HttpError || value.prototype instanceof runtimeErrors.HttpError))
    .map(([key]) => key);
  throw new Error(`${where}: x-contactkit-failure.error must name one of the runtime's HTTP error classes (${known.join(', ')}); got "${name}".`);
}

/** The TypeScript type of an operation's JSON body for `status`, indexed from the generated `paths`. */
const bodyType = (operation: Operation, status: number) =>
  `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]['responses'][${status}]['content']['application/json']`;

/** Reads the failure facts of an API from its operations. */
export function errorFacts(operations: Operation[], specFile: string): ErrorFacts {
  const errorSchemas = operations.flatMap(({ responses }) => responses.filter(({ status }) => status >= 400).map(({ schema }) => schema));
  const fields = (names: string[]) => names.filter((name) => errorSchemas.some((schema) => scalarFields(schema, [name]).length));
  const headers = operations.flatMap(({ responses }) => responses.flatMap((response) => response.headers));
  const bodies: Record<string, Set<string>> = {};
  const carry = (error: string, type: string) => {
    bodies[error] ??= new Set();
    bodies[error].add(type);
  };
  const facts: ErrorFacts['operations'] = {};
  for (const operation of operations) {
    const key = `${operation.method} ${operation.path}`;
    const success = operation.responses.filter(({ status }) => status >= 200 && status < 300);
    const failures = success.flatMap(({ status, failure }) => {
      if (!failure) return [];
      checkErrorClass(failure.error, `${specFile}: ${key} ${status}`);
      carry(failure.error, bodyType(operation, status));
      return [{ status, error: failure.error, when: failure.when }];
    });
    for (const { status, schema } of operation.responses) {
      if (status >= 400 && schema) carry(familyOf(status), bodyType(operation, status));
    }
    const statuses = (documented: (response: (typeof success)[number]) => unknown) => success.filter(documented).map(({ status }) => status);
    facts[key] = { json: statuses(({ schema }) => schema), text: statuses(({ text }) => text), failures };
  }
  return {
    errorBody: { message: fields(MESSAGE_NAMES), code: fields(CODE_NAMES) },
    requestIdHeader: headers.find((name) => REQUEST_ID.test(name)),
    operations: facts,
    bodies: Object.fromEntries(Object.entries(bodies).map(([error, types]) => [error, [...types].sort()])),
    failing: operations.filter((operation) => facts[`${operation.method} ${operation.path}`]!.failures.length).map(({ method, path }) => `${method.toLowerCase()} ${path}`),
  };
}
