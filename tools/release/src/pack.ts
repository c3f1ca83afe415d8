// `pnpm pack` rather than `npm pack`: pnpm rewrites `workspace:` and
// `catalog:` specifiers to real versions, as publishing does.
import { execFileSync } from 'node:child_process';
import type { PublishedPackage } from './workspace.ts';

/** A packed tarball and the files in it. */
export interface Tarball {
  pkg: PublishedPackage;
  /** Absolute path of the `.tgz`. */
  path: string;
  /** Paths inside the package, e.g. `dist/index.js`. */
  files: string[];
}

/** Packs `pkg` into `destination`. */
export function pack(pkg: PublishedPackage, destination: string): Tarball {
  let out: string;
  try {
    out = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: pkg.dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    const output = `${stderr ?? ''}${stdout ?? ''}`;
    // pnpm rewrites every `workspace:` range, devDependencies included, from
    // the target's `version`; a private tool without one cannot be rewritten.
    const hint = output.includes('CANNOT_RESOLVE_WORKSPACE_PROTOCOL')
      ? '\nEvery workspace package that a published package names with `workspace:` needs a "version" in its package.json (e.g. "0.0.0").'
      : '';
    throw new Error(`pnpm pack failed in ${pkg.dir}:\n${output}${hint}`);
  }
  const result = JSON.parse(out) as { filename: string; files: { path: string }[] };
  return { pkg, path: result.filename, files: result.files.map((file) => file.path).sort() };
}

/** The `package.json` inside a tarball, as the registry will serve it. */
export function tarballManifest(path: string): Record<string, Record<string, string> | string> & {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
} {
  return JSON.parse(execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' }));
}
