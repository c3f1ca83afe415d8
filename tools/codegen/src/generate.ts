// Writes a client package whole from its spec and its entry in redocly.yaml:
// the bundled `openapi.json` (shipped, for consumers' mocks), every source in
// `generated/` (types; client, mock, validation, throttle, paginate and
// poll entries; validators), the contract test and the README. Run from the
// package folder (its `generate` script), or with API names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { type Api, apiForPackage, listApis, repoRoot } from './apis.ts';
import { clientSource, contractTestSource, failuresSource, mockSource, validationSource } from './client-entry.ts';
import { mockResources } from './mock-resources.ts';
import { mswSource } from './msw-entry.ts';
import { clientFacts } from './client-facts.ts';
import { packageReadme } from './package-readme.ts';
import { TYPES_OPTIONS } from './schema-types.ts';
import { pagedOperations, paginateSource } from './paginate-entry.ts';
import { polledOperations, pollSource } from './poll-entry.ts';
import { bundle } from './redocly.ts';
import { throttleSource } from './throttle-entry.ts';
import { validatorsSource } from './validators.ts';

async function typesSource(api: Api, document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], TYPES_OPTIONS);
  const header = `// Generated from ${relative(repoRoot, api.specPath)} by \`pnpm generate\`. Do not edit by hand:\n// change the spec and regenerate.\n\n`;
  return header + astToString(ast);
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const names = process.argv.slice(2);
const apis = names.length ? listApis().filter((api) => names.includes(api.name)) : [apiForPackage(process.cwd())];
const unknown = names.filter((name) => !apis.some((api) => api.name === name));
if (unknown.length) {
  console.error(`Unknown API ${unknown.join(', ')}: the names are the keys under "apis:" in redocly.yaml.`);
  process.exit(1);
}
for (const api of apis) {
  mkdirSync(dirname(api.bundlePath), { recursive: true });
  bundle(api.name, api.bundlePath);
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8'));
  const facts = clientFacts(api);
  const paged = pagedOperations(document, facts);
  const polled = polledOperations(document, facts);
  const resources = mockResources(document, facts);
  const files: Record<string, string> = {
    [api.typesPath]: await typesSource(api, document),
    [join(api.generatedDir, 'client.gen.ts')]: clientSource(facts),
    [join(api.generatedDir, 'failures.gen.ts')]: failuresSource(facts),
    [join(api.generatedDir, 'mock.gen.ts')]: mockSource(facts),
    [join(api.generatedDir, 'msw.gen.ts')]: mswSource(facts, resources),
    [join(api.generatedDir, 'validation.gen.ts')]: validationSource(facts),
    [join(api.generatedDir, 'throttle.gen.ts')]: throttleSource(facts),
    [join(api.generatedDir, 'paginate.gen.ts')]: paginateSource(facts, paged),
    [join(api.generatedDir, 'poll.gen.ts')]: pollSource(facts, polled),
    [join(api.generatedDir, 'validators.gen.ts')]: validatorsSource(document, `// Generated from ${facts.specFile} by \`pnpm generate\`. Do not edit by hand.\n`),
    [join(api.packageDir, 'test', 'contract.gen.test.ts')]: contractTestSource(facts),
    [join(api.packageDir, 'README.md')]: packageReadme(facts, paged, polled, resources),
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  console.log(`${api.name}: ${[api.bundlePath, ...Object.keys(files)].map((path) => relative(repoRoot, path)).join(', ')}`);
}
