// Fails when regenerating changed a committed generated file or wrote a new
// one: what is committed must be exactly what the specs produce.
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { listApis, repoRoot } from './apis.ts';

// Everything `pnpm generate` writes that is committed, in every API's package.
const GENERATED = listApis().flatMap(({ packageDir }) => {
  const dir = relative(repoRoot, packageDir);
  return [`:(glob)${dir}/generated/*.gen.ts`, `:(glob)${dir}/test/*.gen.test.ts`, `${dir}/README.md`];
});

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...GENERATED], {
  cwd: repoRoot,
  encoding: 'utf8',
}).trimEnd();

if (status) {
  console.error('Generated files differ from what the specs produce:');
  console.error(status);
  console.error('Run `pnpm generate` and commit the result; never edit a generated file by hand.');
  process.exit(1);
}
console.log('Generated files match the specs.');
