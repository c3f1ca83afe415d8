// `pnpm mock [api ...]`: serves a Prism mock of every API in redocly.yaml (or
// of the ones named) until Ctrl-C. Ports are stable: 4010 for the first API
// listed in redocly.yaml, 4011 for the second, and so on.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { listApis, repoRoot } from '@contactkit/codegen';
import { type PrismServer, startPrism } from './prism.ts';

const FIRST_PORT = 4010;

const names = process.argv.slice(2);
const all = listApis();
const unknown = names.filter((name) => !all.some((api) => api.name === name));
if (unknown.length) {
  console.error(`Unknown API ${unknown.join(', ')}. Known: ${all.map((api) => api.name).join(', ')}.`);
  process.exit(1);
}
const chosen = all.map((api, index) => ({ api, port: FIRST_PORT + index })).filter(({ api }) => !names.length || names.includes(api.name));
const missing = chosen.filter(({ api }) => !existsSync(api.bundlePath));
if (missing.length) {
  console.error(`No bundled spec for ${missing.map(({ api }) => api.name).join(', ')}: run \`pnpm generate\` first.`);
  process.exit(1);
}

const servers: PrismServer[] = [];
const stopAll = () => Promise.all(servers.map((server) => server.stop()));
try {
  for (const { api, port } of chosen) servers.push(await startPrism({ spec: api.bundlePath, port }));
} catch (error) {
  await stopAll();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const rows = chosen.map(({ api }, index) => ({ API: api.name, URL: servers[index]!.url, spec: relative(repoRoot, api.bundlePath) }));
const widths = (['API', 'URL', 'spec'] as const).map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
console.log(line(['API', 'URL', 'spec']));
for (const row of rows) console.log(line([row.API, row.URL, row.spec]));
console.log('\nPrism mocks are running (errors on). Press Ctrl-C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stopAll();
    process.exit(0);
  });
}
