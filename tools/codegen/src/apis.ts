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
  /** Absolute path of the bundled spec shipped in the package. */
  bundlePath: string;
  /** The lowest `redocly score` the lint accepts for this API. */
  minScore: number;
}

/** The `redocly score` every API must reach unless its entry sets `x-contactkit-min-score`. */
export const DEFAULT_MIN_SCORE = 90;

interface RedoclyApiEntry {
  root?: string;
  'x-openapi-ts'?: { output?: string };
  'x-contactkit-min-score'?: number;
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
    const packageDir = resolve(dirname(typesPath), '..');
    return {
      name,
      specPath: resolve(base, entry.root),
      packageDir,
      typesPath,
      bundlePath: join(packageDir, 'openapi.json'),
      minScore: entry['x-contactkit-min-score'] ?? DEFAULT_MIN_SCORE,
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
