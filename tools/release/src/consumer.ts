// A user's project in a temporary folder outside the workspace: created from
// a fixture folder, then given packages with the commands the README tells
// users to type, keeping everything the package manager printed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './workspace.ts';

/** The catalog's version of a dependency, so consumers use what the workspace is tested with. */
export function catalogVersion(name: string): string {
  const workspace = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { catalog: Record<string, string> };
  const version = workspace.catalog[name];
  if (!version) throw new Error(`pnpm-workspace.yaml has no catalog entry for ${name}: add one under "catalog:".`);
  return version;
}

/**
 * The environment of a user's shell: this process's, without the `npm_*`
 * settings that a package manager's script runner adds (`pnpm test:e2e`
 * passes pnpm's whole config that way, and npm warns about each key it does
 * not know), plus `extra`.
 */
export function userEnv(extra: Record<string, string> = {}): Record<string, string> {
  const kept = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^npm_/i.test(entry[0]));
  return { ...Object.fromEntries(kept), ...extra };
}

/** How to install into a consumer project. */
export type PackageManager = 'pnpm' | 'npm';

/** The command a user types to add `packages` (as devDependencies with `dev`), e.g. `pnpm add -D @contactkit/mock`. */
export function addCommand(manager: PackageManager, packages: readonly string[], { dev = false } = {}): string[] {
  const flags = dev ? ['-D'] : [];
  // No audit or funding notices: they query the registry and are not what the check is about.
  return manager === 'pnpm'
    ? ['pnpm', 'add', ...flags, ...packages, '--reporter=append-only']
    : ['npm', 'install', ...flags, ...packages, '--no-audit', '--no-fund'];
}

/**
 * The command a user types, before adding `pkg`, to tell the package manager
 * to skip its install script for good rather than hold it back and warn
 * (npm 11.19 and later, pnpm 10), e.g. `npm pkg set allowScripts.msw=false --json`.
 */
export function skipInstallScriptCommand(manager: PackageManager, pkg: string): string[] {
  // pnpm has no `pkg` command of its own (it hands it to npm), so both use npm's.
  return manager === 'pnpm' ? ['npm', 'pkg', 'set', `pnpm.ignoredBuiltDependencies[]=${pkg}`] : ['npm', 'pkg', 'set', `allowScripts.${pkg}=false`, '--json'];
}

/**
 * Runs a command in `cwd`; resolves with its stdout and with everything it
 * printed (stdout and stderr, interleaved), or rejects with the latter.
 */
export function runCaptured(cwd: string, [command, ...args]: readonly string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve({ stdout, output });
      else reject(new Error(`${command} ${args.join(' ')} failed in ${cwd} (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

/**
 * Creates the project in `dir`: a package.json with `devDependencies` (what
 * the user's project already had) and the files of `fixture`.
 */
export function createProject(dir: string, fixture: string, devDependencies: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  const manifest = { name: 'consumer', private: true, type: 'module', devDependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The lines of an install's output that are warnings (`npm warn …`, pnpm's
 * ` WARN  …`, and the top of the box pnpm draws round some, `╭ Warning ───`,
 * e.g. for build scripts it held back).
 */
export function warningLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s*(npm )?warn\b/i.test(line) || /\bWARN\b/.test(line) || /^\s*╭\s*Warning\b/.test(line));
}
