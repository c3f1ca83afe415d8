// A loopback stand-in for the vendors' APIs, for consumer checks that must
// not depend on the mock package: each API is served under `/<name>/`, every
// operation answers its first documented 2xx status with its documented
// example, and browsers may call it from any origin (CORS). It records each
// request, so a check can tell what reached it and with which credentials.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listOperations } from '@contactkit/codegen/spec';

/** One request the stand-in received (CORS preflights are not recorded). */
export interface ReceivedRequest {
  api: string;
  method: string;
  /** The path below the API's prefix, e.g. `/contact/3c90c3cc-…`. */
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A running stand-in. */
export interface ExampleApi {
  /** The base URL to give an API's client, e.g. `http://127.0.0.1:41234/mintlify-sandbox`. */
  baseUrl(api: string): string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

interface Route {
  method: string;
  pattern: RegExp;
  status: number;
  example: unknown;
}

function routesOf(specPath: string): Route[] {
  return listOperations(JSON.parse(readFileSync(specPath, 'utf8'))).map(({ method, path, responses }) => {
    const success = responses.find(({ status }) => status >= 200 && status < 300);
    if (!success) throw new Error(`${specPath}: ${method} ${path} documents no 2xx response.`);
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return { method, pattern, status: success.status, example: success.examples[0]?.value };
  });
}

function allowAnyOrigin(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-allow-methods', 'GET, PUT, POST, PATCH, DELETE');
  const asked = request.headers['access-control-request-headers'];
  if (asked) response.setHeader('access-control-allow-headers', asked);
}

/** Serves each API of `specs` (name → path of its bundled `openapi.json`) on 127.0.0.1 and a free port. */
export async function serveExamples(specs: Record<string, string>): Promise<ExampleApi> {
  const routes = new Map(Object.entries(specs).map(([api, spec]) => [api, routesOf(spec)]));
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    allowAnyOrigin(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const [, api = '', ...rest] = pathname.split('/');
      const path = `/${rest.join('/')}`;
      received.push({ api, method: request.method ?? '', path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const route = routes.get(api)?.find(({ method, pattern }) => method === request.method && pattern.test(path));
      if (!route) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `no operation ${request.method} ${path} in ${api}` }));
        return;
      }
      response.writeHead(route.status, { 'content-type': 'application/json' }).end(JSON.stringify(route.example));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: (api) => `http://127.0.0.1:${port}/${api}`,
    received,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps connections open after its page has closed: do not wait for them.
        server.closeAllConnections();
      }),
  };
}
