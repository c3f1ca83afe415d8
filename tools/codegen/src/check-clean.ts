// Fails when regenerating changed a committed *.gen.ts file or wrote a new
// one: what is committed must be exactly what the specs produce.
import { execFileSync } from 'node:child_process';
import { repoRoot } from './apis.ts';

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ':(glob)packages/*/src/**/*.gen.ts'], {
  cwd: repoRoot,
  encoding: 'utf8',
}).trimEnd();

if (status) {
  console.error('Generated files differ from what the specs produce:');
  console.error(status);
  console.error('Run `pnpm generate` and commit the result; never edit a *.gen.ts file by hand.');
  process.exit(1);
}
console.log('Generated files match the specs.');
