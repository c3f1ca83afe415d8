import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { redoclyConfigPath, repoRoot } from './apis.ts';

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js', { paths: [repoRoot] });

/** Output of one Redocly CLI run. */
export interface RedoclyResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs the Redocly CLI with the repo's config and telemetry off. */
export function redocly(args: string[], { echo = false } = {}): RedoclyResult {
  const result = spawnSync(process.execPath, [cli, ...args, '--config', redoclyConfigPath], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    stdio: ['ignore', echo ? 'inherit' : 'pipe', echo ? 'inherit' : 'pipe'],
  });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
