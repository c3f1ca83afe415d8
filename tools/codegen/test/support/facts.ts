// The facts of a made-up API, read from its spec as `pnpm generate` reads a
// real one: a package folder in a temporary directory, its package.json and
// bundled spec written there, removed once read. (Test files share this
// module, as they run without isolation, so no folder outlives one call.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Api } from '../../src/apis.ts';
import { clientFacts } from '../../src/client-facts.ts';

/** The facts of `spec` as the package `@contactkit/acme`, whose redocly.yaml entry maps `credentials`. */
export function factsOf(spec: object, credentials: Record<string, string> = {}) {
  const packageDir = mkdtempSync(join(tmpdir(), 'contactkit-codegen-'));
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: '@contactkit/acme', version: '1.0.0' }));
  writeFileSync(join(packageDir, 'openapi.json'), JSON.stringify(spec));
  const api: Api = {
    name: 'acme',
    specPath: join(packageDir, 'openapi.yaml'),
    packageDir,
    typesPath: join(packageDir, 'generated', 'schema.gen.ts'),
    generatedDir: join(packageDir, 'generated'),
    bundlePath: join(packageDir, 'openapi.json'),
    client: { displayName: 'Acme API', credentials },
  };
  try {
    return clientFacts(api);
  } finally {
    rmSync(packageDir, { recursive: true, force: true });
  }
}
