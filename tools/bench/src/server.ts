import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server on a free port answering `GET <path>` with `body` as JSON,
 * and anything else with a 404, keeping connections alive.
 */
export async function startServer(path: string, body: unknown) {
  const json = JSON.stringify(body);
  const length = Buffer.byteLength(json);
  const server = createServer({ keepAlive: true }, (request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method !== 'GET' || request.url !== path) {
        response.writeHead(404, { 'content-length': 0 }).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': length });
      response.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
