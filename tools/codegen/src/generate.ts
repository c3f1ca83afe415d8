// Writes a client package's generated files from its spec: the bundled
// `openapi.json` (shipped, for consumers' mocks), `src/schema.gen.ts`,
// `src/client.gen.ts` and `src/validators.gen.ts`.
// Run from the package folder (its `generate` script), or with API names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { type Api, apiForPackage, listApis, repoRoot } from './apis.ts';
import { bundle } from './redocly.ts';
import { credentialHeader, defaultBaseUrl, type OpenApiDocument, requiredSchemes } from './spec.ts';
import { validatorsSource } from './validators.ts';

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

// What createClient needs from the package and its spec: the package's name
// and version for the `X-Client` header (written here so that `changeset
// version` followed by `pnpm generate` keeps them current), the spec's server
// as the default base URL, and the header of each security scheme.
function writeClientInfo(api: Api): void {
  const { name, version } = JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
  const baseUrl = defaultBaseUrl(document);
  const schemes = document.components?.securitySchemes ?? {};
  const security = Object.fromEntries(requiredSchemes(document).flatMap((scheme) => {
    const header = credentialHeader(schemes[scheme]);
    return header ? [[scheme, header]] : [];
  }));
  const text = [
    `// Generated from package.json and ${relative(repoRoot, api.specPath)} by \`pnpm generate\`. Do not edit by hand.`,
    '',
    '/** This package, as named in the `X-Client` header of every request. */',
    `export const CLIENT = { name: ${JSON.stringify(name)}, version: ${JSON.stringify(version)} } as const;`,
    ...(baseUrl ? ['', "/** Where the API is served: the first of its spec's `servers`. */", `export const DEFAULT_BASE_URL = ${JSON.stringify(baseUrl)};`] : []),
    '',
    "/** The header that carries each security scheme the spec requires, by the scheme's name. */",
    `export const SECURITY = ${JSON.stringify(security, null, 2)} as const;`,
    '',
  ].join('\n');
  writeFileSync(join(api.packageDir, 'src', 'client.gen.ts'), text);
}

function writeValidators(api: Api): void {
  const document = JSON.parse(readFileSync(api.bundlePath, 'utf8'));
  const header = `// Generated from ${relative(repoRoot, api.specPath)} by \`pnpm generate\`. Do not edit by hand.\n`;
  writeFileSync(join(api.packageDir, 'src', 'validators.gen.ts'), validatorsSource(document, header));
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
  await writeTypes(api);
  writeClientInfo(api);
  writeValidators(api);
  console.log(`${api.name}: ${relative(repoRoot, api.bundlePath)}, ${relative(repoRoot, api.typesPath)}`);
}
