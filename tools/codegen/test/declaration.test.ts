// The per-API declaration in redocly.yaml (`x-contactkit-client`): an entry
// without one, or with an option that is not a camelCase name, is refused
// with an error that shows what to add, and so is one whose credentials do
// not match the security schemes the spec uses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listApis } from '../src/apis.ts';
import { clientFacts } from '../src/client-facts.ts';

const dir = mkdtempSync(join(tmpdir(), 'contactkit-declaration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configWith(entry: string): string {
  const path = join(dir, `redocly-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `apis:\n  acme:\n    root: specs/acme/openapi.yaml\n    x-openapi-ts:\n      output: packages/acme/generated/schema.gen.ts\n${entry}`);
  return path;
}

it('reads the display name and the option of each scheme', () => {
  const [api] = listApis(configWith('    x-contactkit-client:\n      displayName: Acme API\n      credentials:\n        bearerAuth: apiKey\n'));
  expect(api?.client).toEqual({ displayName: 'Acme API', credentials: { bearerAuth: 'apiKey' } });
  expect(api?.generatedDir).toBe(join(dir, 'packages/acme/generated'));
});

it.each([
  ['no declaration', ''],
  ['no display name', '    x-contactkit-client:\n      credentials:\n        bearerAuth: apiKey\n'],
  ['an option that is no camelCase name', '    x-contactkit-client:\n      displayName: Acme API\n      credentials:\n        bearerAuth: api-key\n'],
])('refuses %s, showing what to add', (_, entry) => {
  expect(() => listApis(configWith(entry))).toThrow(/api "acme" needs "x-contactkit-client".*\n {4}x-contactkit-client:\n {6}displayName: Acme Contacts API/);
});

it.each([
  ['a scheme the spec requires is not declared', {}, /must name one createClient option for each security scheme the spec uses, in its `security` or an operation's \(bearerAuth\); missing: bearerAuth\./],
  ['a declared scheme the spec does not use', { bearerAuth: 'apiKey', other: 'secret' }, /not used by the spec: other\./],
])('refuses a declaration where %s', (_, credentials, message) => {
  const packageDir = mkdtempSync(join(dir, 'package-'));
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: '@contactkit/acme', version: '1.0.0' }));
  const document = { paths: {}, security: [{ bearerAuth: [] }], components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } } };
  writeFileSync(join(packageDir, 'openapi.json'), JSON.stringify(document));
  const [api] = listApis(configWith('    x-contactkit-client:\n      displayName: Acme API\n      credentials:\n        bearerAuth: apiKey\n'));
  const declared = { ...api!, packageDir, bundlePath: join(packageDir, 'openapi.json'), client: { displayName: 'Acme API', credentials } };
  expect(() => clientFacts(declared)).toThrow(message);
});
