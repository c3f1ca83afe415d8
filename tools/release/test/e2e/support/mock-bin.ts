// The `contactkit-mock` command as a user runs it in a terminal: started in
// its own process group, read until it prints its table, and stopped as
// Ctrl-C stops it (SIGINT to the group, by the leader's pid).
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort } from '../../../src/registry.ts';

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first of `count` consecutive free loopback ports (`--port <first>` serves the APIs on first, first + 1, …). */
export async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await freePort();
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, index) => bindable(first + index + 1)));
    if (first + count <= 65535 && rest.every(Boolean)) return first;
  }
  throw new Error(`Found no ${count} consecutive free ports on 127.0.0.1 in 20 attempts; free some ports or retry.`);
}

/** A running `contactkit-mock`. */
export interface MockCommand {
  /** The URL its table gives for each API. */
  urls: Record<string, string>;
  /** The executable of each process in its group (Linux), e.g. to tell which Node the mock runs on. */
  executables(): string[];
  /** Everything it printed so far. */
  output(): string;
  /** Sends SIGINT to its process group; resolves with how it exited once every process of the group is gone. */
  interrupt(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function executablesInGroup(group: number): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // The fields after the command name (which may hold spaces) start with the state; the process group is the third.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
        return Number(fields[2]) === group ? [readlinkSync(`/proc/${pid}/exe`)] : [];
      } catch {
        return []; // Gone meanwhile, or not ours to read.
      }
    });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/**
 * Runs `command` in `cwd` and waits (polling its output, up to `timeoutMs`)
 * until its table lists a URL for each of `apis`.
 */
export async function startMockCommand(
  command: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  apis: readonly string[],
  timeoutMs = 90_000,
): Promise<MockCommand> {
  const child: ChildProcess = spawn(command[0]!, command.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const urlOf = (api: string) => new RegExp(`^${api}\\s+(http://\\S+)`, 'm').exec(output)?.[1];
  const pid = child.pid!;
  const interrupt = async () => {
    if (groupAlive(pid)) process.kill(-pid, 'SIGINT');
    const result = await exited;
    if (!(await waitFor(() => !groupAlive(pid), 15_000))) {
      process.kill(-pid, 'SIGKILL');
      throw new Error(`${command.join(' ')}: processes of group ${pid} were still running 15 s after SIGINT; output:\n${output}`);
    }
    return result;
  };
  const ready = await waitFor(() => child.exitCode !== null || apis.every((api) => urlOf(api)), timeoutMs);
  if (!ready || child.exitCode !== null) {
    if (child.exitCode === null) await interrupt().catch(() => undefined);
    throw new Error(
      `${command.join(' ')} ${child.exitCode === null ? `listed no URL for each of ${apis.join(', ')} within ${timeoutMs} ms` : `exited with code ${child.exitCode}`}; its output:\n${output}`,
    );
  }
  return {
    urls: Object.fromEntries(apis.map((api) => [api, urlOf(api)!])),
    executables: () => executablesInGroup(pid),
    output: () => output,
    interrupt,
  };
}
