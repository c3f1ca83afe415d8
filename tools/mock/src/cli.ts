// `pnpm mock [api ...]`: serves a Prism mock of every API in redocly.yaml (or
// of the ones named) until Ctrl-C. Ports are stable: 4010 for the first API
// listed in redocly.yaml, 4011 for the second, and so on.
import { existsSync } from 'node:fs';
import { listApis } from '@contactkit/codegen';
import { serveMocks } from '@contactkit/mock';

const FIRST_PORT = 4010;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const names = process.argv.slice(2);
const all = listApis();
const unknown = names.filter((name) => !all.some((api) => api.name === name));
if (unknown.length) fail(`Unknown API ${unknown.join(', ')}. Known: ${all.map((api) => api.name).join(', ')}.`);

const chosen = all
  .map((api, index) => ({ name: api.name, spec: api.bundlePath, port: FIRST_PORT + index }))
  .filter(({ name }) => !names.length || names.includes(name));
const missing = chosen.filter(({ spec }) => !existsSync(spec));
if (missing.length) fail(`No bundled spec for ${missing.map(({ name }) => name).join(', ')}: run \`pnpm generate\` first.`);

serveMocks(chosen).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
