import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import getPort from 'get-port';

const require = createRequire(import.meta.url);

/** How to start a Prism mock server. */
export interface PrismOptions {
  /** Path of the (bundled) OpenAPI document to serve. */
  spec: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Answer with generated (`-d`) instead of documented examples. */
  dynamic?: boolean;
  /** How long to wait for the server to answer, in milliseconds. */
  readyTimeoutMs?: number;
}

/** A running Prism mock server. */
export interface PrismServer {
  /** Base URL of the mock, without a trailing slash. */
  url: string;
  /** Stops the server and resolves once its process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `prism mock` on loopback with `--errors`, so a request or response
 * that breaks the spec is answered with an error rather than a warning header.
 * Resolves once the server answers HTTP.
 */
export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const port = options.port ?? (await getPort({ host: '127.0.0.1' }));
  const url = `http://127.0.0.1:${port}`;
  const cli = require.resolve('@stoplight/prism-cli/dist/index.js');
  const args = [cli, 'mock', options.spec, '--host', '127.0.0.1', '--port', String(port), '--errors'];
  if (options.dynamic) args.push('--dynamic');
  // Prism writes to a file, not a pipe: a pipe left unread while the test
  // process runs synchronous work (a CLI, say) would fill up and stall Prism.
  const logDir = mkdtempSync(join(tmpdir(), 'contactkit-prism-'));
  const logFile = join(logDir, 'prism.log');
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { stdio: ['ignore', log, log] });
  closeSync(log);
  const output = () => readFileSync(logFile, 'utf8');
  const stop = async () => {
    await stopProcess(child);
    rmSync(logDir, { recursive: true, force: true });
  };
  // If the test process ends before stop() (a timeout, a crash), the mock goes with it.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  try {
    await waitUntilAnswering(url, child, options.readyTimeoutMs ?? 30_000, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Prism exited with code ${child.exitCode} before serving ${url}; fix what its output says (a spec error shows in \`pnpm lint\` too):\n${output()}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await delay(100);
    }
  }
  throw new Error(`Prism did not answer at ${url} within ${timeoutMs} ms; a busy machine may need a longer wait, else its output says why:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
