// A server on loopback that answers every request with HTTP 200 and the JSON
// body last set: for tests of how a client reads an answer the mock would not
// give (a 2xx body the spec declares a failure), on a real socket.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A started {@link answeringServer}. */
export interface AnsweringServer {
  /** Its origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Sets the body of every answer from now on. */
  answer(body: unknown): void;
  close(): Promise<void>;
}

/** Starts an {@link AnsweringServer} on a free loopback port. */
export async function answeringServer(): Promise<AnsweringServer> {
  let body: unknown;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: (next) => {
      body = next;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
