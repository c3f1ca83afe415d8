// An API's client package as a user imports it: `@contactkit/<api>` and its
// `./msw` entry, the built files its exports map names. Like overhead.ts, the
// client is the package's own createClient with only what a user must pass:
// a placeholder for each credential and a base URL.
//
// overhead.ts imports its one client as a dependency of this tool; for every
// API in redocly.yaml that would be a list of dependencies a new API falls
// out of, so each package is resolved by its name from its own folder (Node's
// self-reference through `exports`), which reaches the same files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Api } from '@contactkit/codegen';
import type { AnyClient } from '@contactkit/contract';
import type { HttpHandler } from 'msw';

/** What the benchmark uses of one API's package. */
export interface ApiPackage {
  /** The package's name, e.g. `@contactkit/mintlify-sandbox`. */
  name: string;
  /** Its `createClient` with a placeholder for each credential, default timeout and retries, against `baseUrl`. */
  client(baseUrl: string): AnyClient;
  /** Its `./msw` entry's request handlers, served under `baseUrl`. */
  handlers(baseUrl: string): HttpHandler[];
}

async function importEntry(packageDir: string, specifier: string): Promise<Record<string, unknown>> {
  let file: string;
  try {
    file = createRequire(join(packageDir, 'package.json')).resolve(specifier);
  } catch (error) {
    throw new Error(`${specifier} does not resolve from ${packageDir}: build it first (\`pnpm build\`, or \`pnpm bench:mock\`, which does).`, { cause: error });
  }
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** Imports the built client and `./msw` entry of `api`'s package. */
export async function importApiPackage(api: Api): Promise<ApiPackage> {
  const { name } = JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { name: string };
  const main = await importEntry(api.packageDir, name);
  const msw = await importEntry(api.packageDir, `${name}/msw`);
  const createClient = main.createClient as (options: Record<string, unknown>) => AnyClient;
  const handlers = msw.handlers as (baseUrl: string) => HttpHandler[];
  if (typeof createClient !== 'function' || typeof handlers !== 'function') {
    throw new Error(`${name} must export createClient and ${name}/msw must export handlers: regenerate and rebuild it (\`pnpm build\`).`);
  }
  // The createClient option of each security scheme, as redocly.yaml declares it.
  const credentials = Object.fromEntries(Object.values(api.client.credentials).map((option) => [option, `bench-${option}`]));
  return { name, client: (baseUrl) => createClient({ ...credentials, baseUrl }), handlers };
}
