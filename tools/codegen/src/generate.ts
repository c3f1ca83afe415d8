// Writes a client package's generated files from its spec: the bundled
// `openapi.json` (shipped, for consumers' mocks) and `src/schema.gen.ts`.
// Run from the package folder (its `generate` script), or with API names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { type Api, apiForPackage, listApis, repoRoot } from './apis.ts';
import { redocly } from './redocly.ts';

function bundle(api: Api): void {
  mkdirSync(dirname(api.bundlePath), { recursive: true });
  const result = redocly(['bundle', api.name, '--output', api.bundlePath, '--lint-config', 'off']);
  if (!result.ok) {
    throw new Error(`redocly bundle failed for ${relative(repoRoot, api.specPath)}; fix the spec (see \`pnpm lint\`):\n${result.stderr}`);
  }
}

async function writeTypes(api: Api): Promise<void> {
  const spec = JSON.parse(readFileSync(api.bundlePath, 'utf8'));
  const ast = await openapiTS(spec, { rootTypes: true, rootTypesNoSchemaPrefix: true });
  const specFile = relative(repoRoot, api.specPath);
  const header = [
    `// Generated from ${specFile} by \`pnpm generate\`. Do not edit by hand:`,
    '// change the spec and regenerate.',
    '',
  ].join('\n');
  mkdirSync(dirname(api.typesPath), { recursive: true });
  writeFileSync(api.typesPath, header + astToString(ast));
}

const names = process.argv.slice(2);
const apis = names.length ? listApis().filter((api) => names.includes(api.name)) : [apiForPackage(process.cwd())];
const unknown = names.filter((name) => !apis.some((api) => api.name === name));
if (unknown.length) {
  console.error(`Unknown API ${unknown.join(', ')}: the names are the keys under "apis:" in redocly.yaml.`);
  process.exit(1);
}
for (const api of apis) {
  bundle(api);
  await writeTypes(api);
  console.log(`${api.name}: ${relative(repoRoot, api.bundlePath)}, ${relative(repoRoot, api.typesPath)}`);
}
