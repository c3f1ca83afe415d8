// Registers the contract tests of one API against its in-process mock, the
// package's msw handlers: every documented status and example, every stated
// request constraint broken and named, and a 401 per credential header, as
// against Prism. No generated requests (they cost seconds and test the same
// validators again), and no coverage rows: the report counts Prism's.
import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type AnyClient, type ClientFactory, describeOperations, readSpec } from './operation-tests.ts';

/** How to test one API package's msw handlers. */
export interface MswContractOptions {
  /** Path of the package's bundled spec. */
  spec: string;
  /** Creates the package's client at the handlers' base URL, with `options` over the test's own (e.g. `{ fetch }`). */
  client: ClientFactory;
  /** The package's handlers (`handlers(baseUrl)` of its `./msw` entry). */
  handlers: readonly RequestHandler[];
}

/**
 * Registers the contract tests of the API described by `options.spec`
 * against `options.handlers`, served in this process for the test file (a
 * request nothing handles fails), and returns that server, for the file's own
 * tests to override an answer with `server.use()` (reset after each test).
 */
export function mswContractSuite(options: MswContractOptions): SetupServer {
  const { document, api } = readSpec(options.spec);
  const server = setupServer(...options.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  // Test files share a worker (no isolation): later files must reach their own mocks.
  afterAll(() => server.close());
  // No retries: a documented 429 or 5xx is answered at once, and would only be asked again.
  describeOperations(document, { api, client: (fetch) => options.client({ fetch, maxRetries: 0 }) as AnyClient });
  return server;
}
