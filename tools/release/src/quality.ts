// Checks of a packed tarball, as a user installing it would meet it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { Tarball } from './pack.ts';

// What a package may ship: its manifest, README, LICENSE, the bundled spec, a
// command's launcher in bin/, and the compiled entry points with their
// declarations. Anything else (tests, sources, source maps, stray files) is a
// mistake in `files` or in the build.
const PUBLISHABLE = /^(?:package\.json|README\.md|LICENSE|openapi\.json|bin\/[\w.-]+\.js|dist\/(?!.*\.test\.)[\w./-]+\.(?:js|d\.ts))$/;

/** Files in the tarball that should not be published. */
export function unexpectedFiles(tarball: Tarball): string[] {
  return tarball.files.filter((file) => !PUBLISHABLE.test(file));
}

/** publint's messages (suggestions included) for the tarball, one readable line each. */
export async function publintMessages(tarball: Tarball): Promise<string[]> {
  const data = readFileSync(tarball.path);
  const tarballBytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballBytes }, level: 'suggestion', strict: true });
  return messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false }) ?? ''}`);
}

const attwBin = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');

/**
 * Runs are-the-types-wrong on the tarball. The `esm-only` profile: the
 * packages are ESM only (`"type": "module"`, `exports` without `require`) and
 * need Node 20.19, so the node10 and CommonJS resolutions are out of scope.
 */
export function attw(tarball: Tarball): { ok: boolean; report: string } {
  const args = [attwBin, tarball.path, '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
  try {
    return { ok: true, report: execFileSync(process.execPath, args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return { ok: false, report: `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error) };
  }
}
