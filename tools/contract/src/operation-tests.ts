// The contract tests of one operation that hold for any mock of its spec,
// Prism's or the in-process msw handlers: every documented status and
// example, every stated request constraint broken and named, and a 401 per
// credential header. Each suite says how to reach its mock.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { violationsOf } from '@contactkit/mock-tools';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ConstraintRow, CoverageRow, StatusRow } from './coverage.ts';
import { operationConstraints, UNSUPPORTED } from './constraints.ts';
import { asFormParts } from './form.ts';
import { breaking, type RequestParts, validRequest } from './request.ts';
import { credentialHeaderNames, listOperations, type OpenApiDocument, type Operation } from '@contactkit/codegen/spec';

/** How a client sends its requests. */
export type Fetch = (request: Request) => Promise<Response>;

/** What the suite needs of an openapi-fetch client. */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Creates the package's client against the mock, with `options` over the test's own (e.g. `{ fetch }`). */
export type ClientFactory = (options: { fetch?: Fetch } & Record<string, unknown>) => unknown;

/** A package's bundled spec, its folder, and the API's name in coverage rows (the folder's). */
export function readSpec(spec: string): { document: OpenApiDocument; packageDir: string; api: string } {
  const packageDir = dirname(resolve(spec));
  return { document: JSON.parse(readFileSync(spec, 'utf8')) as OpenApiDocument, packageDir, api: basename(packageDir) };
}

/** A mock under test, as the shared tests reach it. */
export interface MockTarget {
  /** The package's client against the mock, sending through `fetch`. */
  client: (fetch: Fetch) => AnyClient;
  /** The API's name in coverage rows: its package folder. */
  api: string;
  /** Where the coverage rows go, each marked covered once its test passed; none for a mock that reports nothing. */
  rows?: CoverageRow[];
}

/** Sends `parts` for `operation` through `client`. */
export function send(client: AnyClient, operation: Operation, parts: RequestParts, headers: Record<string, string> = {}) {
  const { path, query, header, body } = parts;
  return client.request(operation.method, operation.path, {
    params: { path, query, header },
    ...(body === undefined ? {} : { body: asFormParts(operation, body) }),
    headers,
  });
}

// Looked up at each call, so that a fetch msw patches after the client was made is the one used.
const globalFetch: Fetch = (request) => fetch(request);

const withoutHeaders =
  (names: string[]): Fetch =>
  (request) => {
    const headers = new Headers(request.headers);
    for (const name of names) headers.delete(name);
    return globalFetch(new Request(request, { headers }));
  };

/** Registers, inside the `describe` of `operation`, the tests every mock of it must pass. */
function operationTests(document: OpenApiDocument, operation: Operation, mock: MockTarget, client: AnyClient): void {
  const { api } = mock;
  const track = <Row extends CoverageRow>(row: Row) => (mock.rows?.push(row), row);
  const { method, path } = operation;
  const valid = validRequest(operation);
  const statuses = operation.responses.flatMap(({ status, examples }) =>
    (examples.length ? examples : [{ name: undefined, value: undefined }]).map(({ name, value }) => ({
      label: name ? `${status} (example ${name})` : String(status),
      status,
      name,
      value,
    })),
  );

  const statusRows = new Map(
    operation.responses.map(({ status }) => [status, track<StatusRow>({ api, kind: 'status', method, path, status, covered: false })]),
  );
  // A status with several examples is covered once every one of them passed.
  const examplesLeft = new Map<number, number>();
  for (const { status } of statuses) examplesLeft.set(status, (examplesLeft.get(status) ?? 0) + 1);
  it.each(statuses)('answers $label with the documented body', async ({ status, name, value }) => {
    const prefer = name ? `code=${status}, example=${name}` : `code=${status}`;
    const { data, error, response } = await send(client, operation, valid, { Prefer: prefer });
    expect(response.status).toBe(status);
    expect(violationsOf(response)).toEqual([]);
    // A 2xx body the spec declares a failure (say `{ contact: null }`) comes back as `error`.
    const when = operation.responses.find((answer) => answer.status === status)?.failure?.when;
    const failure = response.ok && when !== undefined && new Ajv2020({ strict: false }).validate(when, value);
    expect(response.ok && !failure ? data : error).toEqual(value);
    examplesLeft.set(status, examplesLeft.get(status)! - 1);
    if (examplesLeft.get(status) === 0) statusRows.get(status)!.covered = true;
  });

  const constraints = operationConstraints(operation).map((constraint) => ({
    ...constraint,
    row: track<ConstraintRow>({ api, kind: 'constraint', method, path, at: constraint.at, rule: constraint.rule, covered: false }),
  }));
  it.each(constraints)('rejects $at that breaks $detail, naming it', async ({ row, ...constraint }) => {
    if (constraint.value === UNSUPPORTED) {
      expect.fail(`${constraint.at}: the spec states \`${constraint.rule}\`, which tools/contract/src/constraints.ts cannot break yet; teach it how.`);
    }
    const { data, error, response } = await send(client, operation, breaking(valid, constraint));
    expect([400, 422]).toContain(response.status);
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    const found = violationsOf(response, error).map(({ at, rule }) => ({ at: at.toLowerCase(), rule }));
    // A missing or unlisted property is named at its parent (Prism) or at itself (the msw mock, as requestValidation() does).
    const places = [constraint.at, constraint.location.join('.')].map((place) => place.toLowerCase());
    expect(found).toContainEqual({ at: expect.toBeOneOf(places), rule: constraint.rule });
    row.covered = true;
  });

  // Only the headers of the operation's own security: another operation's
  // credential, or none for one that needs none, is not this one's to refuse.
  const credentials = credentialHeaderNames(document, operation);
  if (credentials.length) {
    const documented = operation.responses.find(({ status }) => status === 401)?.examples[0];
    it.each(credentials)('refuses a request without its %s header with 401', async (header) => {
      const { data, error, response } = await send(mock.client(withoutHeaders([header])), operation, valid);
      expect(response.status).toBe(401);
      expect(data).toBeUndefined();
      // Where the spec documents the 401 body, the client gets exactly that.
      if (documented) expect(error).toEqual(documented.value);
    });
  }
}

/**
 * Registers a `describe` per operation of `document` with the tests every
 * mock of it must pass, then what `more` adds for that mock, given the client.
 */
export function describeOperations(document: OpenApiDocument, mock: MockTarget, more?: (operation: Operation, client: AnyClient) => void): void {
  const client = mock.client(globalFetch);
  for (const operation of listOperations(document)) {
    describe(`${operation.operationId} (${operation.method} ${operation.path})`, () => {
      operationTests(document, operation, mock, client);
      more?.(operation, client);
    });
  }
}
