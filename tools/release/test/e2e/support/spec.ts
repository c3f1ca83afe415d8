// Reading an installed client's bundled spec, so checks compare with what
// the spec documents rather than with copies of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listOperations } from '@contactkit/codegen/spec';

/** The `openapi.json` that `client` ships, as installed in the project at `dir`. */
export function installedSpecPath(dir: string, client: string): string {
  return join(dir, 'node_modules', client, 'openapi.json');
}

/** The documented JSON example of `method path`'s response `status`. */
export function documentedExample(dir: string, client: string, method: string, path: string, status = 200): unknown {
  const operations = listOperations(JSON.parse(readFileSync(installedSpecPath(dir, client), 'utf8')));
  const operation = operations.find((candidate) => candidate.method === method && candidate.path === path);
  const example = operation?.responses.find((response) => response.status === status)?.examples[0]?.value;
  if (example === undefined) throw new Error(`${client}'s spec documents no example for ${method} ${path} ${status}.`);
  return example;
}
