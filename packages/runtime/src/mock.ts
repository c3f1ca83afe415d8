// Prism's HTTP server, started in this process, serving an API package's
// bundled spec. Prism is an optional peer dependency: it is loaded only when
// a mock is started, so the clients themselves never ship it.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from './errors.js';

/** Options of a package's `startMock`. */
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

interface PrismServer {
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

interface PrismOperation {
  method: string;
  path: string;
}

interface Prism {
  getHttpOperationsFromSpec(spec: string): Promise<PrismOperation[]>;
  createServer(operations: PrismOperation[], options: object): PrismServer;
  createLogger(name: string, options: object): unknown;
}

function loadPrism(): Prism {
  let cli: string;
  try {
    cli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new ConfigurationError(
      '@stoplight/prism-cli',
      'startMock needs Prism: add it to your devDependencies, e.g. `pnpm add -D @stoplight/prism-cli@5.14.2`.',
    );
  }
  // Prism's own packages, as the installed CLI resolves them, so versions match.
  const fromCli = createRequire(cli);
  return { ...fromCli('@stoplight/prism-http'), ...fromCli('@stoplight/prism-http-server'), ...fromCli('@stoplight/prism-core') };
}

/**
 * Starts a Prism mock of the spec at `spec` in this process, validating
 * requests and responses against it (a request that breaks the spec gets a
 * 4xx naming the violation). Resolves once the mock accepts connections.
 */
export async function startPrismMock(spec: URL | string, options: MockOptions = {}): Promise<Mock> {
  const prism = loadPrism();
  const operations = await prism.getHttpOperationsFromSpec(spec instanceof URL ? fileURLToPath(spec) : spec);
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: true,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic ?? false },
  };
  const logger = prism.createLogger('contactkit-mock', { level: 'silent' });
  const server = prism.createServer(operations, { cors: true, config, components: { logger } });
  const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: url.replace(/\/+$/, ''),
    operations: operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`),
    stop: () => server.close(),
  };
}
