// `contactkit-mock`, run as a consumer would: in a project with a client
// installed, it serves that client's spec, prints where, and stops on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
// Resolved here: the consumer project the CLI runs in has no tsx of its own.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const project = mkdtempSync(join(tmpdir(), 'contactkit-mock-cli-'));
const installed = join(project, 'node_modules', '@contactkit', 'things');
mkdirSync(installed, { recursive: true });
cpSync(fileURLToPath(new URL('./support/mock-spec.json', import.meta.url)), join(installed, 'openapi.json'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function start(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', tsx, cli, ...args], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exit };
}

it('serves every installed client, prints API, URL and operations, and stops on SIGINT', { timeout: 60_000 }, async () => {
  const { child, output, exit } = start([]);
  await expect.poll(output, { timeout: 45_000, interval: 100 }).toMatch(/Press Ctrl-C/);
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output())?.[0];
  expect(output()).toMatch(/^API\s+URL\s+operation\nthings\s+http:\/\/127\.0\.0\.1:\d+\s+GET \/things\/\{id\}$/m);
  const response = await fetch(`${url}/things/42`, { headers: { 'x-api-key': 'k' } });
  expect(await response.json()).toEqual({ id: 42, name: 'answer' });
  child.kill('SIGINT');
  expect(await exit).toBe(0);
  await expect(fetch(`${url}/things/42`)).rejects.toThrow();
});

it.each([
  { args: ['nothing-here'], message: /Not installed: nothing-here\. Installed: things\./ },
  { args: ['--port', 'x'], message: /--port must be a port number, 1 to 65535 \(got "x"\)/ },
  { args: ['--colour'], message: /Unknown option '--colour'/ },
])('refuses $args with a clear error', { timeout: 30_000 }, async ({ args, message }) => {
  const { output, exit } = start(args);
  expect(await exit).toBe(1);
  expect(output()).toMatch(message);
  expect(output()).toMatch(/Usage: contactkit-mock/);
});
