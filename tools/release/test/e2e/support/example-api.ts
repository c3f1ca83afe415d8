// A loopback stand-in for the vendors' APIs, for consumer checks that must
// not depend on the mock package: each API is served under `/<name>/`, every
// operation answers its first documented 2xx status with its documented
// example, and browsers may call it from any origin (CORS), but with no
// request header the API does not document: a page whose client sends one is
// refused by its browser, as a vendor with a strict CORS policy would refuse
// it. It records each request, so a check can tell what reached it and with
// which credentials, and each refused preflight, so it can tell which header
// was refused.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { credentialHeaderNames, listOperations, type OpenApiDocument, type Operation } from '@contactkit/codegen/spec';

/** One request the stand-in received (CORS preflights are not recorded). */
export interface ReceivedRequest {
  api: string;
  method: string;
  /** The path below the API's prefix, e.g. `/contact/3c90c3cc-…`. */
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A CORS preflight the stand-in refused: it asked for request headers that the API does not document. */
export interface RefusedPreflight {
  api: string;
  /** The method the preflight asked for, e.g. `GET`. */
  method: string;
  /** The path below the API's prefix. */
  path: string;
  /** The headers refused, lower-cased as browsers ask for them, e.g. `x-client`. */
  headers: string[];
}

/** A running stand-in. */
export interface ExampleApi {
  /** The base URL to give an API's client, e.g. `http://127.0.0.1:41234/mintlify-sandbox`. */
  baseUrl(api: string): string;
  received: ReceivedRequest[];
  refused: RefusedPreflight[];
  close(): Promise<void>;
}

interface Route {
  method: string;
  pattern: RegExp;
  status: number;
  example: unknown;
  /** The request headers the operation documents, lower-cased: all that CORS lets a page send it. */
  headers: string[];
}

// Content-Type only with a body: a JSON body's `application/json` is not a
// content type browsers send unasked, and an operation without one documents
// no Content-Type at all.
function documentedHeaders(operation: Operation, credentials: string[]): string[] {
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'header').map(({ name }) => name);
  const names = [...credentials, ...parameters, ...(operation.body ? ['Content-Type'] : [])];
  return [...new Set(names.map((name) => name.toLowerCase()))];
}

function routesOf(specPath: string): Route[] {
  const document = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiDocument;
  const credentials = credentialHeaderNames(document);
  return listOperations(document).map((operation) => {
    const { method, path, responses } = operation;
    const success = responses.find(({ status }) => status >= 200 && status < 300);
    if (!success) throw new Error(`${specPath}: ${method} ${path} documents no 2xx response.`);
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return { method, pattern, status: success.status, example: success.examples[0]?.value, headers: documentedHeaders(operation, credentials) };
  });
}

/** The API a request is for, and its path below the API's prefix. */
function locate(request: IncomingMessage): { api: string; path: string } {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const [, api = '', ...rest] = pathname.split('/');
  return { api, path: `/${rest.join('/')}` };
}

function findRoute(routes: Route[] | undefined, method: string | undefined, path: string): Route | undefined {
  return routes?.find((route) => route.method === method && route.pattern.test(path));
}

// A path the API does not have still gets the headers of all its operations,
// so that a page calling it sees the stand-in's 404 rather than a CORS failure.
function allowedHeaders(routes: Route[] | undefined, route: Route | undefined): string[] {
  return route ? route.headers : [...new Set((routes ?? []).flatMap(({ headers }) => headers))];
}

/** The header names a preflight asks for, lower-cased. */
function askedHeaders(request: IncomingMessage): string[] {
  const asked = request.headers['access-control-request-headers'] ?? '';
  return asked
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Answers a preflight with the documented headers only: a browser compares
 * what it asked for with `access-control-allow-headers` and refuses the call
 * when any is missing. Returns the headers that will be refused.
 */
function answerPreflight(request: IncomingMessage, response: ServerResponse, allowed: string[]): string[] {
  allowAnyOrigin(response);
  if (allowed.length > 0) response.setHeader('access-control-allow-headers', allowed.join(', '));
  response.writeHead(204).end();
  return askedHeaders(request).filter((name) => !allowed.includes(name));
}

function allowAnyOrigin(response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-allow-methods', 'GET, PUT, POST, PATCH, DELETE');
}

/** Serves each API of `specs` (name → path of its bundled `openapi.json`) on 127.0.0.1 and a free port. */
export async function serveExamples(specs: Record<string, string>): Promise<ExampleApi> {
  const routes = new Map(Object.entries(specs).map(([api, spec]) => [api, routesOf(spec)]));
  const received: ReceivedRequest[] = [];
  const refused: RefusedPreflight[] = [];
  const server = createServer((request, response) => {
    const { api, path } = locate(request);
    const apiRoutes = routes.get(api);
    if (request.method === 'OPTIONS') {
      const method = request.headers['access-control-request-method'];
      const headers = answerPreflight(request, response, allowedHeaders(apiRoutes, findRoute(apiRoutes, method, path)));
      if (headers.length > 0) refused.push({ api, method: method ?? '', path, headers });
      return;
    }
    allowAnyOrigin(response);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ api, method: request.method ?? '', path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const route = findRoute(apiRoutes, request.method, path);
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
    refused,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps connections open after its page has closed: do not wait for them.
        server.closeAllConnections();
      }),
  };
}
