// A client's bundle size against its limit, as `.size-limit.js` at the repo's
// root sets them (the one list, which `pnpm bench` measures whole).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './workspace.ts';

/** One entry of `.size-limit.js`, with its path relative to the repo's root. */
export interface SizeCheck {
  name: string;
  path: string;
  import?: string;
  limit?: string;
  gzip?: boolean;
}

/** The entries of `.size-limit.js` named after a package or one of its entries (`<package>/<entry>`). */
export async function sizeChecksOf(packageName: string): Promise<SizeCheck[]> {
  const checks = (await import(pathToFileURL(join(repoRoot, '.size-limit.js')).href)).default as SizeCheck[];
  return checks.filter((check) => check.name === packageName || check.name.startsWith(`${packageName}/`));
}

/** What size-limit measured for one entry. */
export interface SizeResult {
  name: string;
  passed: boolean;
  /** Bytes, gzipped when the entry says so. */
  size: number;
  sizeLimit?: number;
}

const cli = join(dirname(createRequire(join(repoRoot, 'package.json')).resolve('size-limit/package.json')), 'bin.js');

/**
 * Runs size-limit on these entries alone, from the repo's root (where its
 * plugins are installed), as `size-limit` there would measure them.
 */
export function measure(checks: SizeCheck[]): SizeResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'contactkit-size-'));
  try {
    const config = join(dir, '.size-limit.json');
    writeFileSync(config, JSON.stringify(checks.map((check) => ({ ...check, path: join(repoRoot, check.path) }))));
    const result = spawnSync(process.execPath, [cli, '--json', '--config', config], { cwd: repoRoot, encoding: 'utf8' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(result.stdout);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
      throw new Error(`size-limit failed (exit ${result.status}); run \`pnpm bench\` to see it measure every client.\n${result.stdout}${result.stderr}`);
    }
    return parsed as SizeResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
