// Registers the contract tests of one API: every documented status, every
// stated request constraint, and the authentication each operation requires.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { violationsOf } from '@contactkit/mock-tools';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { ConfigurationError } from '@contactkit/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { type ConstraintRow, type CoverageRow, type GeneratedRow, type StatusRow, writePackageReport } from './coverage.ts';
import { asFormParts } from './form.ts';
import { generateRequest } from './generated.ts';
import { operationConstraints, UNSUPPORTED } from './constraints.ts';
import { breaking, type RequestParts, validRequest } from './request.ts';
import { credentialHeaderNames, listOperations, type OpenApiDocument, type Operation } from '@contactkit/codegen/spec';

type Fetch = (request: Request) => Promise<Response>;

/** What the suite needs of an openapi-fetch client. */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** How to test one API package. */
export interface ContractOptions {
  /** Path of the package's bundled spec (the one the mock serves). */
  spec: string;
  /** Creates the package's client against the mock, with `options` over the test's own (e.g. `{ fetch }`). */
  client: (options: { fetch?: Fetch } & Record<string, unknown>) => unknown;
  /** The `createClient` options that carry the credentials: each one, left empty, must be refused. */
  credentials: readonly string[];
  /** How many generated valid requests to send per operation (default 30). */
  generatedRuns?: number;
  /**
   * Whether to write the coverage report (`reports/contract-coverage.json`
   * beside the spec) that `pnpm test` sums up; `false` for a fixture spec,
   * whose report nothing reads and which would change the test's own inputs.
   * @defaultValue `true`
   */
  report?: boolean;
}

function send(client: AnyClient, operation: Operation, parts: RequestParts, headers: Record<string, string> = {}) {
  const { path, query, header, body } = parts;
  return client.request(operation.method, operation.path, {
    params: { path, query, header },
    ...(body === undefined ? {} : { body: asFormParts(operation, body) }),
    headers,
  });
}

const withoutHeaders =
  (names: string[]): Fetch =>
  (request) => {
    const headers = new Headers(request.headers);
    for (const name of names) headers.delete(name);
    return fetch(new Request(request, { headers }));
  };

/** Registers the contract tests of the API described by `options.spec`. */
export function contractSuite(options: ContractOptions): void {
  const document = JSON.parse(readFileSync(options.spec, 'utf8')) as OpenApiDocument;
  const client = options.client({ fetch }) as AnyClient;
  const packageDir = dirname(resolve(options.spec));
  const api = basename(packageDir);
  // 30 draws meet each optional field and enum value of a request many times
  // over (an optional field is missed by all of them once in a billion runs);
  // more only cost seconds per operation on a two-core runner.
  const runs = options.generatedRuns ?? 30;
  const rows: CoverageRow[] = [];
  // A row is marked covered only after every assertion of its test passed.
  const track = <Row extends CoverageRow>(row: Row) => (rows.push(row), row);
  if (options.report !== false) afterAll(() => writePackageReport(packageDir, rows));

  // The derived cases are committed, so a spec change that adds or drops a
  // status or a constraint fails here until the listing is updated on purpose
  // (`vitest -u`), and a pull request shows it.
  it('derives the committed list of cases from the spec', async () => {
    const lines = listOperations(document).flatMap((operation) => [
      ...operation.responses.map(({ status }) => `${operation.method} ${operation.path} status ${status}`),
      ...operationConstraints(operation).map(({ at, detail }) => `${operation.method} ${operation.path} ${at}: ${detail}`),
    ]);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(join(packageDir, 'test', 'contract-cases.txt'));
  });

  for (const operation of listOperations(document)) {
    const { method, path } = operation;
    describe(`${operation.operationId} (${method} ${path})`, () => {
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
        expect(found).toContainEqual({ at: constraint.at.toLowerCase(), rule: constraint.rule });
        row.covered = true;
      });

      const generated = track<GeneratedRow>({ api, kind: 'generated', method, path, runs: 0, rejected: 0, covered: false });
      it(`accepts ${runs} generated valid requests`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.integer(), async (seed) => {
            const parts = generateRequest(operation, seed);
            const { response, error } = await send(client, operation, parts);
            generated.runs++;
            const violations = violationsOf(response, error);
            if (violations.length || !response.ok) generated.rejected++;
            expect({ status: response.status, violations, request: parts }).toEqual({ status: expect.any(Number), violations: [], request: parts });
            expect(response.ok).toBe(true);
          }),
          { numRuns: runs, endOnFailure: true },
        );
        generated.covered = generated.rejected === 0 && generated.runs >= runs;
      });

      // Only the headers of the operation's own security: another operation's
      // credential, or none for one that needs none, is not this one's to refuse.
      const credentials = credentialHeaderNames(document, operation);
      if (credentials.length) {
        const documented = operation.responses.find(({ status }) => status === 401)?.examples[0];
        it.each(credentials)('refuses a request without its %s header with 401', async (header) => {
          const anonymous = options.client({ fetch: withoutHeaders([header]) }) as AnyClient;
          const { data, error, response } = await send(anonymous, operation, valid);
          expect(response.status).toBe(401);
          expect(data).toBeUndefined();
          // Where the spec documents the 401 body, the client gets exactly that.
          if (documented) expect(error).toEqual(documented.value);
        });
      }
    });
  }

  // An API without credentials has nothing to refuse.
  describe.runIf(options.credentials.length)('createClient', () => {
    it.each(options.credentials)('refuses a client without %s, naming it', (option) => {
      const create = () => options.client({ [option]: '' });
      expect(create).toThrow(ConfigurationError);
      expect(create).toThrow(expect.objectContaining({ option, message: expect.stringContaining(option) }));
    });
  });
}
