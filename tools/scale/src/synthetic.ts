// Grows a copy of the repo to N APIs with the real scaffolder: the real specs
// plus copies of them under new names, so the tree looks like it would at N.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './repo.ts';
import { editTitle } from './specs.ts';

/** The APIs of a copy: every specs/<name>/ that holds an openapi.yaml. */
export function realApis(dir: string): string[] {
  return readdirSync(join(dir, 'specs')).filter((name) => existsSync(join(dir, 'specs', name, 'openapi.yaml'))).sort();
}

/** Adds synthetic APIs until the copy has `total`, registers each with `pnpm new-api`, and installs. */
export function addSyntheticApis(dir: string, total: number): string[] {
  const real = realApis(dir);
  const added: string[] = [];
  for (let i = 1; real.length + added.length < total; i++) {
    const base = real[(i - 1) % real.length]!;
    const name = `synthetic-${String(i).padStart(3, '0')}-${base}`;
    const specDir = join(dir, 'specs', name);
    cpSync(join(dir, 'specs', base), specDir, { recursive: true });
    // Workflow files describe the real APIs only; copies of them would just repeat those tests.
    for (const file of readdirSync(specDir).filter((file) => file.endsWith('.arazzo.yaml'))) rmSync(join(specDir, file));
    editTitle(join(specDir, 'openapi.yaml'), ` (synthetic ${i})`);
    run(dir, 'pnpm', ['new-api', name]);
    added.push(name);
  }
  // The lockfile gains the new packages: not frozen, even under CI.
  if (added.length) run(dir, 'pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile']);
  return added;
}
