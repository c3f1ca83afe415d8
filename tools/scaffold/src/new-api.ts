// `pnpm new-api <name> [--display-name <text>] [--credential <scheme>=<option> ...]`:
// adds an API. Uses the spec at specs/<name>/openapi.yaml, or writes a
// skeleton there to start from; registers it in redocly.yaml (the one list of
// APIs, with the client's declaration), creates its package and a changeset.
// Writes no TypeScript: `pnpm generate` (part of `pnpm build`) writes the
// package's sources, contract test and README. Refuses to overwrite anything.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis, redoclyConfigPath, repoRoot } from '@contactkit/codegen';
import { bundle } from '@contactkit/codegen/redocly';
import { isMap, parseDocument } from 'yaml';
import { defaultCredentialOptions } from './credentials.ts';
import * as template from './templates.ts';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USAGE = 'Usage: pnpm new-api <name> [--display-name <text>] [--credential <scheme>=<option> ...], e.g. pnpm new-api acme-contacts --credential bearerAuth=apiKey';

/** Prints what was wrong, with the usage line when the command line was, and exits. */
function fail(message: string, showUsage = true): never {
  console.error(showUsage ? `${message}\n${USAGE}` : message);
  process.exit(1);
}

const options = { 'display-name': { type: 'string' }, credential: { type: 'string', multiple: true } } as const;
let commandLine: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof options }>>;
try {
  commandLine = parseArgs({ allowPositionals: true, options });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = commandLine;
const name = positionals[0] ?? fail('Name the API (kebab-case).');
if (positionals.length > 1) fail(`One API at a time (got ${positionals.join(', ')}).`);
if (!NAME.test(name)) fail(`API name "${name}" must be kebab-case: lower-case letters and digits joined by single hyphens.`);
if (listApis().some((api) => api.name === name)) fail(`API "${name}" is already in redocly.yaml: choose another name, or remove its entry first.`, false);

const specFile = join('specs', name, 'openapi.yaml');
const packageDir = join(repoRoot, 'packages', name);
if (existsSync(packageDir)) fail(`packages/${name} already exists: remove it or choose another name.`, false);
const wroteSkeleton = !existsSync(join(repoRoot, specFile));
if (wroteSkeleton) {
  const title = `${name.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')} API`;
  const skeleton = readFileSync(new URL('./skeleton.openapi.yaml', import.meta.url), 'utf8').replaceAll('{{title}}', title);
  mkdirSync(join(repoRoot, 'specs', name), { recursive: true });
  writeFileSync(join(repoRoot, specFile), skeleton);
}

// Read bundled: an operation's own `security` may sit in a referenced path file.
function bundled(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'contactkit-new-api-'));
  try {
    bundle(file, join(dir, 'openapi.json'));
    return JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const spec = bundled(join(repoRoot, specFile));
const displayName: string = values['display-name'] ?? spec.info?.title ?? name;
const credentials = defaultCredentialOptions(spec);
for (const pair of values.credential ?? []) {
  const [scheme, option, ...rest] = pair.split('=');
  if (!scheme || !option || rest.length) fail(`--credential takes <scheme>=<option> (got "${pair}").`);
  if (!(scheme in credentials)) fail(`--credential ${pair}: the spec requires no security scheme "${scheme}" (it requires: ${Object.keys(credentials).join(', ') || 'none'}).`);
  credentials[scheme] = option;
}

const config = parseDocument(readFileSync(redoclyConfigPath, 'utf8'));
config.setIn(['apis', name], {
  root: specFile,
  'x-openapi-ts': { output: `packages/${name}/generated/schema.gen.ts` },
  'x-contactkit-client': { displayName, credentials },
});
// An emptied `apis:` reads back as the flow map `{}`: keep one entry per block.
const apisNode = config.get('apis', true);
if (isMap(apisNode)) apisNode.flow = false;
writeFileSync(redoclyConfigPath, config.toString());

const files: Record<string, string> = {
  'package.json': template.packageJson(name, displayName),
  'turbo.json': template.turboJson(name),
  'tsconfig.json': template.tsconfigJson,
  'tsconfig.build.json': template.tsconfigBuildJson,
  LICENSE: readFileSync(join(repoRoot, 'packages', 'runtime', 'LICENSE'), 'utf8'),
};
const written = Object.entries(files).map(([file, text]) => {
  const path = join(packageDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
});
// The browser test of the msw handlers bundles every client by its package name.
const browserTestManifest = join(repoRoot, 'tools', 'msw-browser', 'package.json');
const browserTest = JSON.parse(readFileSync(browserTestManifest, 'utf8')) as { dependencies: Record<string, string> };
browserTest.dependencies[`@contactkit/${name}`] = 'workspace:*';
browserTest.dependencies = Object.fromEntries(Object.entries(browserTest.dependencies).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(browserTestManifest, `${JSON.stringify(browserTest, null, 2)}\n`);
written.push(browserTestManifest);
const changesetPath = join(repoRoot, '.changeset', `add-${name}.md`);
writeFileSync(changesetPath, template.changeset(name, displayName));

console.log(`Added ${name}:\n${wroteSkeleton ? `  ${specFile} (a skeleton: replace it with the vendor's API)\n` : ''}  redocly.yaml\n${[...written, changesetPath].map((path) => `  ${relative(repoRoot, path)}`).join('\n')}`);
console.log('\nNext: pnpm install && pnpm build && pnpm api:report && pnpm test');
