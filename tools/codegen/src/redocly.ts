import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { redoclyConfigPath, repoRoot } from './apis.ts';

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js', { paths: [repoRoot] });

/** Output of one Redocly CLI run. */
export interface RedoclyResult {
  ok: boolean;
  /** The CLI's exit code (null if it was killed). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** How to run the CLI. */
export interface RedoclyOptions {
  /** Pass the CLI's output through instead of capturing it. */
  echo?: boolean;
  /**
   * A config other than the repo's `redocly.yaml` (e.g. one with diff rules),
   * or `false` for commands that take no `--config` (`respect` reads the one
   * in the working folder, the repo's root).
   */
  config?: string | false;
}

function command(args: string[], { echo = false, config = redoclyConfigPath }: RedoclyOptions) {
  return {
    argv: [cli, ...args, ...(config ? ['--config', config] : [])],
    options: {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
      stdio: ['ignore', echo ? 'inherit' : 'pipe', echo ? 'inherit' : 'pipe'] as ('ignore' | 'inherit' | 'pipe')[],
    },
  };
}

/** Runs the Redocly CLI from the repo's root, with the repo's config and telemetry off. */
export function redocly(args: string[], options: RedoclyOptions = {}): RedoclyResult {
  const { argv, options: spawnOptions } = command(args, options);
  const result = spawnSync(process.execPath, argv, { ...spawnOptions, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ok: result.status === 0, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/**
 * {@link redocly} without blocking this process: for commands that call a
 * server this process serves (`respect` against an in-process mock).
 */
export function redoclyAsync(args: string[], options: RedoclyOptions = {}): Promise<RedoclyResult> {
  const { argv, options: spawnOptions } = command(args, options);
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, argv, spawnOptions);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolveRun({ ok: status === 0, status, stdout, stderr }));
  });
}

/**
 * Bundles a spec — an API name from `redocly.yaml` or a spec file — into one
 * JSON document at `output`, or throws naming the spec and what to run.
 */
export function bundle(spec: string, output: string): void {
  checkBundled(spec, redocly(bundleArgs(spec, output)));
}

/** {@link bundle} without blocking this process, so that several specs bundle side by side. */
export async function bundleAsync(spec: string, output: string): Promise<void> {
  checkBundled(spec, await redoclyAsync(bundleArgs(spec, output)));
}

const bundleArgs = (spec: string, output: string) => ['bundle', spec, '--output', output, '--ext', 'json', '--lint-config', 'off'];

function checkBundled(spec: string, result: RedoclyResult): void {
  if (!result.ok) throw new Error(`redocly bundle failed for ${spec}; fix the spec (\`pnpm lint\` shows what is wrong):\n${result.stderr}`);
}
