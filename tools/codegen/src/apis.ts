import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The monorepo's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Path of the Redocly config that lists every API. */
export const redoclyConfigPath = join(repoRoot, 'redocly.yaml');

/** One API as `redocly.yaml` declares it. */
export interface Api {
  /** The API's name: the key under `apis:`, also its spec and package folder name. */
  name: string;
  /** Absolute path of the hand-authored spec. */
  specPath: string;
  /** Absolute path of the client package folder. */
  packageDir: string;
  /** Absolute path of the generated types file. */
  typesPath: string;
  /** Absolute path of the folder of the package's generated sources, where `typesPath` is. */
  generatedDir: string;
  /** Absolute path of the bundled spec shipped in the package. */
  bundlePath: string;
  /** How the client names what the spec does not: see {@link ClientDeclaration}. */
  client: ClientDeclaration;
}

/**
 * What a client needs that its spec does not say, declared per API in
 * `redocly.yaml` under `x-contactkit-client`. Everything else (base URL,
 * credential headers, operations) comes from the spec.
 */
export interface ClientDeclaration {
  /** The API's name in prose, e.g. `8x8 Directory Contacts API`. */
  displayName: string;
  /** The `createClient` option that carries each security scheme's credential, by the scheme's name in the spec. */
  credentials: Record<string, string>;
}

/** The `redocly score` every API must reach: one floor for all, no per-API exception. */
export const MIN_SCORE = 90;

interface RedoclyApiEntry {
  root?: string;
  'x-openapi-ts'?: { output?: string };
  'x-contactkit-client'?: Partial<ClientDeclaration>;
}

const OPTION_NAME = /^[a-z][A-Za-z0-9]*$/;

function clientDeclaration(name: string, entry: RedoclyApiEntry): ClientDeclaration {
  const { displayName, credentials } = entry['x-contactkit-client'] ?? {};
  const options = Object.values(credentials ?? {});
  if (typeof displayName !== 'string' || !displayName.trim() || !credentials || !options.every((option) => typeof option === 'string' && OPTION_NAME.test(option))) {
    throw new Error(
      `redocly.yaml: api "${name}" needs "x-contactkit-client" with "displayName" (the API's name in prose) and "credentials" (the createClient option, in camelCase, of each security scheme), e.g.\n    x-contactkit-client:\n      displayName: Acme Contacts API\n      credentials:\n        bearerAuth: token`,
    );
  }
  return { displayName, credentials: credentials as Record<string, string> };
}

/** Every API in `redocly.yaml`, in the order it lists them. */
export function listApis(configPath = redoclyConfigPath): Api[] {
  const config = parse(readFileSync(configPath, 'utf8')) as { apis?: Record<string, RedoclyApiEntry> };
  const base = dirname(configPath);
  return Object.entries(config.apis ?? {}).map(([name, entry]) => {
    const output = entry['x-openapi-ts']?.output;
    if (!entry.root || !output) {
      throw new Error(
        `redocly.yaml: api "${name}" needs both "root" (the spec) and "x-openapi-ts.output" (the generated types file); add the missing key.`,
      );
    }
    const typesPath = resolve(base, output);
    const generatedDir = dirname(typesPath);
    const packageDir = resolve(generatedDir, '..');
    return {
      name,
      specPath: resolve(base, entry.root),
      packageDir,
      typesPath,
      generatedDir,
      bundlePath: join(packageDir, 'openapi.json'),
      client: clientDeclaration(name, entry),
    };
  });
}

/** The API whose package folder is `packageDir`, or a clear error naming the known ones. */
export function apiForPackage(packageDir: string, apis = listApis()): Api {
  const api = apis.find((candidate) => candidate.packageDir === resolve(packageDir));
  if (!api) {
    const known = apis.map((candidate) => candidate.name).join(', ');
    throw new Error(
      `No API in redocly.yaml generates into ${packageDir} (known: ${known}). Add an entry under "apis:" whose x-openapi-ts.output is inside this package.`,
    );
  }
  return api;
}
