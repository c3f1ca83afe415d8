// The requests the browser test sends, derived from each API's bundled spec
// as the packages' own msw and contract tests derive theirs.
import { readFileSync } from 'node:fs';
import type { Api } from '@contactkit/codegen';
import { isBinary } from '@contactkit/codegen/spec';
import { breaking, fetchArgs, listOperations, type OpenApiDocument, type Operation, operationConstraints, type RequestParts, UNSUPPORTED, validRequest } from '@contactkit/contract';
import type { ClientRequest, PlainRequest } from './requests.ts';

/** A request and the answer the spec documents for it. */
export interface Case<Request> {
  label: string;
  request: Request;
  status: number;
  /** The documented body; `undefined` for a status documented without one. */
  body?: unknown;
  /** The broken field and rule the answer's `x-mock-violations` must name. */
  violation?: { at: string; rule: string };
}

/** One API as the test drives it: where its handlers answer, how its client is made, and its cases. */
export interface ApiCases {
  name: string;
  baseUrl: string;
  /** `createClient` options: the base URL, a made-up value of each credential, no retries. */
  options: Record<string, unknown>;
  /** Every operation × documented status × example, asked for with `Prefer`. */
  documented: Case<ClientRequest>[];
  /** Per operation, each rule the spec states for its request broken in turn. */
  forbidden: Case<ClientRequest>[];
  /** Every operation that needs credentials, sent without them. */
  unauthenticated: Case<PlainRequest>[];
}

/** The cases of `api`, whose handlers and client use `baseUrl`. */
export function apiCases(api: Api, baseUrl: string): ApiCases {
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const operations = listOperations(document);
  const credentials = Object.values(api.client.credentials).map((option) => [option, `test-${option}`]);
  return {
    name: api.name,
    baseUrl,
    options: { baseUrl, maxRetries: 0, ...Object.fromEntries(credentials) },
    documented: operations.flatMap((operation) => documentedCases(api.name, operation)),
    forbidden: operations.flatMap((operation) => forbiddenCases(api.name, operation)),
    unauthenticated: operations.filter(({ security }) => security[0]?.length).map((operation) => unauthenticatedCase(baseUrl, document, operation)),
  };
}

function documentedCases(api: string, operation: Operation): Case<ClientRequest>[] {
  const valid = validRequest(operation);
  return operation.responses.flatMap((response) => {
    const { status, examples } = response;
    return (examples.length ? examples : [{ name: undefined, value: undefined }]).map(({ name, value }) => ({
      label: `${operation.method} ${operation.path} ${status}${name ? ` ${name}` : ''}`,
      request: clientRequest(api, operation, valid, { Prefer: name ? `code=${status}, example=${name}` : `code=${status}` }),
      status,
      body: value,
    }));
  });
}

function forbiddenCases(api: string, operation: Operation): Case<ClientRequest>[] {
  const valid = validRequest(operation);
  const rejection = operation.responses.some(({ status }) => status === 400) ? 400 : 422;
  return operationConstraints(operation)
    .filter(({ value }) => value !== UNSUPPORTED)
    .map((constraint) => ({
      label: `${operation.method} ${operation.path} ${constraint.at} breaking ${constraint.detail}`,
      request: clientRequest(api, operation, breaking(valid, constraint)),
      status: rejection,
      violation: { at: constraint.at, rule: constraint.rule },
    }));
}

function unauthenticatedCase(baseUrl: string, document: OpenApiDocument, operation: Operation): Case<PlainRequest> {
  const [url, init] = fetchArgs(baseUrl, document, operation, validRequest(operation));
  const unauthorized = operation.responses.find(({ status }) => status === 401);
  return {
    label: `${operation.method} ${operation.path} without credentials`,
    request: { url, method: operation.method, ...(typeof init.body === 'string' ? { body: init.body } : {}) },
    status: 401,
    // Where the spec documents no 401 the handlers answer a problem document.
    body: unauthorized ? unauthorized.examples[0]?.value : { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'send the credentials this operation needs', violations: [] },
  };
}

function clientRequest(api: string, operation: Operation, { path, query, header, body }: RequestParts, headers?: Record<string, string>): ClientRequest {
  const form = operation.body?.mediaType === 'multipart/form-data';
  const fileParts = form ? Object.entries(operation.body!.schema.properties ?? {}).filter(([, schema]) => isBinary(schema)).map(([name]) => name) : [];
  return {
    api,
    method: operation.method,
    path: operation.path,
    params: { path, query, header },
    ...(body === undefined ? {} : { body }),
    ...(fileParts.length ? { fileParts } : {}),
    ...(headers ? { headers } : {}),
  };
}
