// Verdaccio and a Node 24 binary, installed with npm into a cache folder
// outside the workspace: Verdaccio needs an override the workspace has no
// business carrying (its audit plugin asks for `node-fetch@cjs`, a dist-tag the
// registry may not serve), and Node 24 is only a binary to run consumers with.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = join(dirname(fileURLToPath(import.meta.url)), '..', 'e2e-tools');

/** Paths of the installed tools. */
export interface E2eTools {
  /** Verdaccio's CLI script, to run with the current Node. */
  verdaccio: string;
  /** The Node 24 executable. */
  node24: string;
}

/** Installs the tools once per version of `e2e-tools/package-lock.json`; later calls reuse them. */
export function e2eTools(): E2eTools {
  const lock = readFileSync(join(source, 'package-lock.json'));
  const hash = createHash('sha256').update(readFileSync(join(source, 'package.json'))).update(lock).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `contactkit-e2e-tools-${hash}`);
  const tools = { verdaccio: join(dir, 'node_modules/verdaccio/bin/verdaccio'), node24: join(dir, 'node_modules/node/bin/node') };
  if (existsSync(tools.verdaccio) && existsSync(tools.node24)) return tools;
  // Install beside the final folder and rename, so an interrupted install is never reused.
  const staging = `${dir}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(source, file), join(staging, file));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: staging, stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return tools;
}
