// `pnpm release`: build and test, version with changesets, regenerate what
// carries the version, rebuild, publish. Publishes to the registry set in the
// environment (npm_config_registry), else the npm registry.
//
//   --skip-tests   leave out `pnpm test` (when it has just passed, or in a copy)
//   --no-git-tag   publish without creating git tags (with `commit: false` in
//                  .changeset/config.json, the run then writes nothing to git)
import { execFileSync } from 'node:child_process';
import { repoRoot } from './workspace.ts';

const args = new Set(process.argv.slice(2));
const known = new Set(['--skip-tests', '--no-git-tag']);
const unknown = [...args].filter((arg) => !known.has(arg));
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(', ')}; the options are ${[...known].join(', ')}.`);
  process.exit(1);
}

function run(command: string, commandArgs: string[]): void {
  console.log(`\n> ${command} ${commandArgs.join(' ')}`);
  execFileSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' });
}

const registry = process.env.npm_config_registry ?? process.env.NPM_CONFIG_REGISTRY ?? 'https://registry.npmjs.org/';
console.log(`Releasing to ${registry}`);

run('pnpm', ['build']);
if (!args.has('--skip-tests')) run('pnpm', ['test']);
run('pnpm', ['exec', 'changeset', 'version']);
// The generated clients carry their version: package.json is an input of each
// client's generate task, so this build regenerates the bumped ones first.
run('pnpm', ['build']);
run('pnpm', ['exec', 'changeset', 'publish', ...(args.has('--no-git-tag') ? ['--no-git-tag'] : [])]);
