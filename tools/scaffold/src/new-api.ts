// `pnpm new-api <name>`: adds an API. Uses the spec at specs/<name>/openapi.yaml,
// or writes a skeleton there to start from; registers it in redocly.yaml (the
// one list of APIs), creates its client package and a changeset. Refuses to
// overwrite anything.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listApis, redoclyConfigPath, repoRoot } from '@contactkit/codegen';
import { defaultBaseUrl } from '@contactkit/codegen/spec';
import { parse, parseDocument } from 'yaml';
import { credentialsOf } from './credentials.ts';
import * as template from './templates.ts';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const name = process.argv[2] ?? fail('Usage: pnpm new-api <name>, e.g. pnpm new-api acme-contacts (kebab-case).');
if (!NAME.test(name)) fail(`API name "${name}" must be kebab-case: lower-case letters and digits joined by single hyphens.`);
if (listApis().some((api) => api.name === name)) fail(`API "${name}" is already in redocly.yaml: choose another name, or remove its entry first.`);

const specFile = join('specs', name, 'openapi.yaml');
const packageDir = join(repoRoot, 'packages', name);
if (existsSync(packageDir)) fail(`packages/${name} already exists: remove it or choose another name.`);
const wroteSkeleton = !existsSync(join(repoRoot, specFile));
if (wroteSkeleton) {
  const title = `${name.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')} API`;
  const skeleton = readFileSync(new URL('./skeleton.openapi.yaml', import.meta.url), 'utf8').replaceAll('{{title}}', title);
  mkdirSync(join(repoRoot, 'specs', name), { recursive: true });
  writeFileSync(join(repoRoot, specFile), skeleton);
}

const spec = parse(readFileSync(join(repoRoot, specFile), 'utf8'));
const api: template.ApiFacts = {
  name,
  title: spec.info?.title ?? name,
  defaultBaseUrl: defaultBaseUrl(spec),
  credentials: credentialsOf(spec),
};

const config = parseDocument(readFileSync(redoclyConfigPath, 'utf8'));
config.setIn(['apis', name], { root: specFile, 'x-openapi-ts': { output: `packages/${name}/src/schema.gen.ts` } });
writeFileSync(redoclyConfigPath, config.toString());

const files: Record<string, string> = {
  'package.json': template.packageJson(api),
  'turbo.json': template.turboJson(api),
  'tsconfig.json': template.tsconfigJson,
  'tsconfig.build.json': template.tsconfigBuildJson,
  'vitest.config.ts': template.vitestConfig,
  'src/index.ts': template.indexTs(api),
  'src/mock.ts': template.mockTs,
  'src/mock-cli.ts': template.mockCliTs,
  'src/validation.ts': template.validationTs,
  'test/contract.test.ts': template.contractTest(api),
  'README.md': template.readme(api),
  LICENSE: readFileSync(join(repoRoot, 'packages', 'runtime', 'LICENSE'), 'utf8'),
};
const written = Object.entries(files).map(([file, text]) => {
  const path = join(packageDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
});
const changesetPath = join(repoRoot, '.changeset', `add-${name}.md`);
writeFileSync(changesetPath, template.changeset(api));

console.log(`Added ${name}:\n${wroteSkeleton ? `  ${specFile} (a skeleton: replace it with the vendor's API)\n` : ''}  redocly.yaml\n${[...written, changesetPath].map((path) => `  ${relative(repoRoot, path)}`).join('\n')}`);
console.log('\nNext: pnpm install && pnpm build && pnpm api:report && pnpm test');
