// Prism's HTTP server, started in this process, serving an API's bundled
// spec: the one way contactkit starts a mock, for consumers' tests, the
// `contactkit-mock` bin and the repository's own contract tests.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Options of {@link startPrismMock} and of each client's `startMock`. */
export interface MockOptions {
  /** Port to listen on. Default: a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Answer with responses generated from the schemas instead of the documented examples. Default `false`. */
  dynamic?: boolean;
}

/** A running mock of an API. */
export interface Mock {
  /** The mock's base URL, e.g. `http://127.0.0.1:54321`: pass it as `baseUrl`. */
  url: string;
  /** The operations it serves, e.g. `GET /contact/{id}`. */
  operations: string[];
  /** Stops the server; resolves once it is closed. */
  stop(): Promise<void>;
}

interface PrismOperation {
  method: string;
  path: string;
}

// Prism's packages are CommonJS; only the functions used here are typed.
const require = createRequire(import.meta.url);
const { createLogger } = require('@stoplight/prism-core') as { createLogger(name: string, options: object): unknown };
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http') as { getHttpOperationsFromSpec(spec: string): Promise<PrismOperation[]> };
const { createServer } = require('@stoplight/prism-http-server') as {
  createServer(operations: PrismOperation[], options: object): { listen(port: number, host: string): Promise<string>; close(): Promise<void> };
};

/**
 * Starts a Prism mock of the spec at `spec` in this process, validating
 * requests and responses against it (a request that breaks the spec gets a
 * 4xx naming the violation). Resolves once the mock accepts connections.
 */
export async function startPrismMock(spec: URL | string, options: MockOptions = {}): Promise<Mock> {
  const operations = await getHttpOperationsFromSpec(spec instanceof URL ? fileURLToPath(spec) : spec);
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: true,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic ?? false },
  };
  const logger = createLogger('contactkit-mock', { level: 'silent' });
  const server = createServer(operations, { cors: true, config, components: { logger } });
  const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: url.replace(/\/+$/, ''),
    operations: operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`),
    stop: () => server.close(),
  };
}
