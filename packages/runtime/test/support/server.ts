import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test server did with one request. */
export interface Hit {
  method: string;
  url: string;
  body: string;
}

/** Answers one request; `hit` is the request's index among all the server received. */
export type Handler = (request: IncomingMessage, response: ServerResponse, hit: Hit & { index: number }) => void;

/**
 * Starts an HTTP server on 127.0.0.1 on a free port. Every request is recorded
 * in `hits` (with its whole body) before the handler runs. `close` also drops
 * connections that a stalled handler left open.
 */
export async function startServer(handler: Handler) {
  const hits: Hit[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const hit = { method: request.method ?? '', url: request.url ?? '', body: Buffer.concat(chunks).toString() };
      hits.push(hit);
      handler(request, response, { ...hit, index: hits.length - 1 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** One scripted answer: a status with headers, a reset connection, silence, or a 200 whose body never ends. */
export type Step = { status: number; headers?: Record<string, string>; body?: unknown } | 'reset' | 'stall' | 'stall-body';

/** Plays one step: replies, destroys the socket (a connection reset), or never answers. */
export function play(step: Step, request: IncomingMessage, response: ServerResponse): void {
  if (step === 'reset') {
    request.socket.destroy();
    return;
  }
  if (step === 'stall') return;
  if (step === 'stall-body') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"id":');
    return;
  }
  response.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
  response.end(JSON.stringify(step.body ?? { id: 'ok' }));
}
