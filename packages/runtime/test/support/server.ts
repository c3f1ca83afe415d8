import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test server did with one request. */
export interface Hit {
  method: string;
  url: string;
  body: string;
  /** The body's bytes, for bodies that are not text (a file part). */
  bytes: Buffer;
  /** The request's headers as the server read them, names in lower case. */
  headers: IncomingHttpHeaders;
  /** The request's {@link RUN_HEADER}, when it had one. */
  run?: string;
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
      const bytes = Buffer.concat(chunks);
      const hit: Hit = { method: request.method ?? '', url: request.url ?? '', body: bytes.toString(), bytes, headers: request.headers };
      const run = request.headers[RUN_HEADER];
      if (typeof run === 'string') hit.run = run;
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

/** The request header naming the run of a {@link startScriptedServer} a request belongs to. */
export const RUN_HEADER = 'x-test-run';

/**
 * A server that plays scripted {@link Step}s. Each `run(steps)` is a test's
 * own script: requests that carry its `headers` meet `steps` in order, then
 * 200 `{ id: 'ok' }`, and only they are counted in its `hits()`. A request
 * still in flight from an earlier test thus cannot take a later test's step.
 */
export async function startScriptedServer() {
  const scripts = new Map<string, Step[]>();
  const server = await startServer((request, response, hit) => play(scripts.get(hit.run ?? '')?.shift() ?? { status: 200 }, request, response));
  const run = (steps: Step[]) => {
    const id = String(scripts.size + 1);
    scripts.set(id, [...steps]);
    return { headers: { [RUN_HEADER]: id }, hits: () => server.hits.filter((hit) => hit.run === id) };
  };
  return { url: server.url, close: server.close, run };
}

/**
 * One scripted answer:
 * - `{ status, headers, body }`: a JSON answer; `rawBody` sends that text as is instead (still labelled JSON);
 * - `'reset'`: the connection is destroyed before any answer;
 * - `'stall'`: no answer at all;
 * - `'stall-body'`: a 200 whose body starts and never ends;
 * - `'slow-body'`: a 200 whose body starts and ends {@link SLOW_BODY_MS} later;
 * - `'reset-mid-body'`: a 200 whose body starts, then the connection is destroyed.
 */
export type Step = { status: number; headers?: Record<string, string>; body?: unknown; rawBody?: string } | 'reset' | 'stall' | 'stall-body' | 'slow-body' | 'reset-mid-body';

/** How long a `'slow-body'` takes: far beyond the time limits the tests set. */
const SLOW_BODY_MS = 1000;

/** Plays one step on a request that the server has read whole. */
export function play(step: Step, request: IncomingMessage, response: ServerResponse): void {
  if (step === 'reset') {
    request.socket.destroy();
    return;
  }
  if (step === 'stall') return;
  if (typeof step === 'string') {
    // Headers and a first chunk; the callback runs once both are handed to the socket.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"id":', () => {
      if (step === 'reset-mid-body') request.socket.destroy();
      // Unref'd, so that a slow body never keeps the test process alive.
      if (step === 'slow-body') setTimeout(() => request.socket.destroyed || response.end('"slow"}'), SLOW_BODY_MS).unref();
    });
    return;
  }
  response.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
  response.end(step.rawBody ?? JSON.stringify(step.body ?? { id: 'ok' }));
}
