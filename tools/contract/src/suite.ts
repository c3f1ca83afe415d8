// Registers the contract tests of one API against its Prism mock: every
// documented status, every stated request constraint, generated valid
// requests, and the authentication each operation and the client require.
import { join } from 'node:path';
import { violationsOf } from '@contactkit/mock-tools';
import fc from 'fast-check';
import { ConfigurationError } from '@contactkit/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { type CoverageRow, type GeneratedRow, writePackageReport } from './coverage.ts';
import { generateRequest } from './generated.ts';
import { operationConstraints } from './constraints.ts';
import { type AnyClient, type ClientFactory, describeOperations, readSpec, send } from './operation-tests.ts';
import { listOperations } from '@contactkit/codegen/spec';

/** How to test one API package. */
export interface ContractOptions {
  /** Path of the package's bundled spec (the one the mock serves). */
  spec: string;
  /** Creates the package's client against the mock, with `options` over the test's own (e.g. `{ fetch }`). */
  client: ClientFactory;
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

/** Registers the contract tests of the API described by `options.spec`. */
export function contractSuite(options: ContractOptions): void {
  const { document, packageDir, api } = readSpec(options.spec);
  // 30 draws meet each optional field and enum value of a request many times
  // over (an optional field is missed by all of them once in a billion runs);
  // more only cost seconds per operation on a two-core runner.
  const runs = options.generatedRuns ?? 30;
  // A row is marked covered only after every assertion of its test passed.
  const rows: CoverageRow[] = [];
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

  describeOperations(document, { api, rows, client: (fetch) => options.client({ fetch }) as AnyClient }, (operation, client) => {
    const generated: GeneratedRow = { api, kind: 'generated', method: operation.method, path: operation.path, runs: 0, rejected: 0, covered: false };
    rows.push(generated);
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
  });

  // An API without credentials has nothing to refuse.
  describe.runIf(options.credentials.length)('createClient', () => {
    it.each(options.credentials)('refuses a client without %s, naming it', (option) => {
      const create = () => options.client({ [option]: '' });
      expect(create).toThrow(ConfigurationError);
      expect(create).toThrow(expect.objectContaining({ option, message: expect.stringContaining(option) }));
    });
  });
}
