// A turborepo-remote-cache server on a free local port, storing artifacts in a
// temporary folder: the same protocol a team's own cache server or Vercel's speaks.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A running cache server and what turbo needs to use it. */
export interface RemoteCache {
  url: string;
  team: string;
  token: string;
  /** TURBO_API, TURBO_TEAM and TURBO_TOKEN for turbo. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function serverScript(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('turborepo-remote-cache/package.json')), 'dist/cli.js');
}

/** Starts the server and waits until its status endpoint answers. */
export async function startRemoteCache(timeoutMs = 30_000): Promise<RemoteCache> {
  const storage = mkdtempSync(join(tmpdir(), 'contactkit-remote-cache-'));
  const port = await freePort();
  const token = `scale-${port}`;
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [serverScript()], {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), TURBO_TOKEN: token, STORAGE_PROVIDER: 'local', STORAGE_PATH: storage, STORAGE_PATH_USE_TMP_FOLDER: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(storage, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/v8/artifacts/status`, { headers: { authorization: `Bearer ${token}` } }).then((res) => res.ok, () => false);
    if (ok) return { url, team: 'contactkit', token, env: { TURBO_API: url, TURBO_TEAM: 'contactkit', TURBO_TOKEN: token }, stop };
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`turborepo-remote-cache did not answer on ${url}/v8/artifacts/status within ${timeoutMs} ms; run it by hand with the same PORT and STORAGE_PATH to see why.`);
}
