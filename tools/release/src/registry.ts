// A throwaway Verdaccio registry on a free loopback port, for publishing and
// installing the packages as users would, without touching a real registry.
import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running local registry. */
export interface Registry {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** An npmrc with the registry and a token that may publish to it (reading needs none). */
  npmrc: string;
  stop(): Promise<void>;
}

/** A port no one listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

// Our own scope is served only from local storage, so a package of the same
// name on the public registry can never stand in for the one just published;
// everything else (openapi-fetch, typescript, Prism) comes through the uplink.
function config(dir: string, uplink: string): string {
  return [
    `storage: ${join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${join(dir, 'htpasswd')}`,
    'uplinks:',
    '  npmjs:',
    `    url: ${uplink}`,
    // One run installs the same packages several times: fetch their metadata once.
    '    maxage: 30m',
    'packages:',
    "  '@contactkit/*':",
    '    access: $all',
    '    publish: $all',
    "  '**':",
    '    access: $all',
    '    proxy: npmjs',
    // JWT tokens: the default legacy tokens cost a password hash on every request.
    'security:',
    '  api:',
    '    jwt:',
    '      sign:',
    '        expiresIn: 1d',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n');
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with code ${child.exitCode} before it was ready; its output is above.`);
    try {
      if ((await fetch(new URL('-/ping', url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`Verdaccio did not answer ${url}-/ping within ${timeoutMs} ms; its output is above (a busy machine may need a longer wait).`);
}

// npm and pnpm refuse to publish without a token, even where the registry
// would accept anyone: register a user and keep the token it returns.
async function token(url: string): Promise<string> {
  const name = 'contactkit-e2e';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'contactkit-e2e-password', type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Could not register a user on ${url}: HTTP ${response.status} ${JSON.stringify(body)}; the registry must allow sign-up, as the Verdaccio config in tools/release/src/registry.ts does.`);
  return body.token;
}

/**
 * GETs a registry document. A fresh connection each time (`agent: false`): a
 * pooled keep-alive socket may have been closed by the registry meanwhile.
 */
export function getJson(url: string): Promise<unknown> {
  return new Promise((resolveJson, reject) => {
    get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url}: HTTP ${response.statusCode} ${body}; check that the package was published to this registry (its output is above).`));
        else resolveJson(JSON.parse(body));
      });
    }).on('error', reject);
  });
}

/** Starts Verdaccio (`verdaccioBin`, run with this Node) with its config and storage in `dir`. */
export async function startRegistry(verdaccioBin: string, dir: string, uplink = 'https://registry.npmjs.org/'): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, config(dir, uplink));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [verdaccioBin, '--config', configPath, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGTERM');
    await exited;
  };
  try {
    await waitUntilReady(url, child, 30_000);
    const npmrc = join(dir, 'npmrc');
    writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${await token(url)}\n`);
    return { url, npmrc, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
