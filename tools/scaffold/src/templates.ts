// The files of a new client package. Written once by `pnpm new-api`; after
// that, src/index.ts, the tests and the README are the package's own.
import type { CredentialOption } from './credentials.ts';

/** What the templates need to know about the API. */
export interface ApiFacts {
  name: string;
  title: string;
  defaultBaseUrl: string | undefined;
  credentials: CredentialOption[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function packageJson(api: ApiFacts): string {
  return json({
    name: `@contactkit/${api.name}`,
    version: '0.0.0',
    description: `Typed client for the ${api.title}.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './mock': { types: './dist/mock.d.ts', default: './dist/mock.js' },
      './validation': { types: './dist/validation.d.ts', default: './dist/validation.js' },
      './openapi.json': './openapi.json',
      './package.json': './package.json',
    },
    bin: { 'contactkit-mock': './dist/mock-cli.js' },
    files: ['dist', 'openapi.json'],
    repository: { type: 'git', url: 'git+https://github.com/contactkit/contactkit.git', directory: `packages/${api.name}` },
    engines: { node: '>=20.19.0' },
    scripts: {
      lint: 'tsx ../../tools/codegen/src/lint.ts',
      generate: 'tsx ../../tools/codegen/src/generate.ts',
      // A clean dist/: files of an earlier build must not ship.
      build: 'rm -rf dist && tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json',
      // Generous: Prism and the CLIs that tests start are slow on a busy 2-core machine.
      test: 'vitest run --testTimeout=30000 --hookTimeout=90000',
    },
    dependencies: { '@contactkit/runtime': 'workspace:^', 'openapi-fetch': 'catalog:' },
    peerDependencies: { '@stoplight/prism-cli': '^5.14.2' },
    peerDependenciesMeta: { '@stoplight/prism-cli': { optional: true } },
    devDependencies: { '@contactkit/contract': 'workspace:*', '@contactkit/mock': 'workspace:*' },
  });
}

export function turboJson(api: ApiFacts): string {
  const shared = ['$TURBO_ROOT$/redocly.yaml', '$TURBO_ROOT$/tools/codegen/src/**', `$TURBO_ROOT$/specs/${api.name}/**`];
  return json({
    $schema: 'https://turborepo.com/schema.json',
    extends: ['//'],
    // The generated client.gen.ts carries the package's name and version.
    tasks: { lint: { inputs: shared }, generate: { inputs: [...shared, 'package.json'] } },
  });
}

export const tsconfigJson = json({
  extends: '../../tsconfig.base.json',
  compilerOptions: { noEmit: true, types: ['node'], allowImportingTsExtensions: true },
  include: ['src', 'test'],
});

export const tsconfigBuildJson = json({
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: 'dist' },
  include: ['src'],
});

export const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@contactkit/mock/vitest-global-setup'],
  },
});
`;

export function indexTs(api: ApiFacts): string {
  const options = api.credentials
    .map(({ option, header, scheme }) => `  /** Sent as \`${header}: ${scheme ? `${scheme} ` : ''}<${option}>\`. */\n  ${option}: string;`)
    .join('\n');
  const credentials = api.credentials
    .map(({ option, securityScheme }) => `{ option: '${option}', ...SECURITY${/^[A-Za-z_$][\w$]*$/.test(securityScheme) ? `.${securityScheme}` : `[${JSON.stringify(securityScheme)}]`}, value: options.${option} }`)
    .join(',\n        ');
  const baseUrlDoc = api.defaultBaseUrl
    ? `  /** Defaults to {@link DEFAULT_BASE_URL}. */\n  baseUrl?: string;`
    : `  /** The URL of your server: this API has no default. */\n  baseUrl: string;`;
  return `import { type BaseClientOptions, createApiClient } from '@contactkit/runtime';
import { CLIENT, ${api.defaultBaseUrl ? 'DEFAULT_BASE_URL, ' : ''}SECURITY } from './client.gen.js';
import type { paths } from './schema.gen.js';

export type * from './schema.gen.js';
export * from '@contactkit/runtime/public';
${api.defaultBaseUrl ? "export { DEFAULT_BASE_URL } from './client.gen.js';\n" : ''}
/** Options of {@link createClient}. */
export interface ClientOptions extends BaseClientOptions {
${options}
${baseUrlDoc}
}

/** Creates a typed client of the ${api.title}. */
export function createClient(options: ClientOptions) {
  return createApiClient<paths>(
    {
      client: CLIENT,
      ${api.defaultBaseUrl ? 'defaultBaseUrl: DEFAULT_BASE_URL,\n      ' : ''}credentials: [
        ${credentials},
      ],
    },
    options,
  );
}
`;
}

export const mockCliTs = `#!/usr/bin/env node
// \`npx contactkit-mock [api ...] [--port <first>]\`: Prism mocks of every
// @contactkit client installed in this project, until Ctrl-C.
import '@contactkit/runtime/mock-cli';
`;

export const mockTs = `import { type Mock, type MockOptions, startPrismMock } from '@contactkit/runtime/mock';

export type { Mock, MockOptions } from '@contactkit/runtime/mock';

/**
 * Starts a Prism mock of this API, in this process, from the spec shipped in
 * this package (\`openapi.json\`). Needs \`@stoplight/prism-cli\` installed.
 *
 * @example
 * const mock = await startMock();
 * const client = createClient({ ...credentials, baseUrl: mock.url });
 * // ... your tests ...
 * await mock.stop();
 */
export function startMock(options?: MockOptions): Promise<Mock> {
  return startPrismMock(new URL('../openapi.json', import.meta.url), options);
}
`;

export const validationTs = `import { validationMiddleware } from '@contactkit/runtime/validation';
import { validators } from './validators.gen.js';

export { type ValidationIssue, ValidationError } from '@contactkit/runtime/validation';

/**
 * Opt-in request validation: a request that the spec forbids (a pattern, a
 * length, a required field…) throws a \`ValidationError\` naming each field and
 * rule before anything is sent. The validators are compiled from the spec at
 * build time; this entry ships no schema compiler.
 *
 * @example
 * const client = createClient(options);
 * client.use(requestValidation());
 */
export function requestValidation() {
  return validationMiddleware(validators);
}
`;

export function contractTest(api: ApiFacts): string {
  const options = api.credentials.map(({ option }) => `${option}: 'test-${option}'`).join(', ');
  const cases = api.credentials.map(({ option }) => `    { option: '${option}' },`).join('\n');
  return `// Contract tests: the real client against a Prism mock of the bundled spec
// (started by the vitest global setup, with errors on).
import { contractSuite } from '@contactkit/contract';
import { describe, expect, inject, it } from 'vitest';
import { ConfigurationError, createClient } from '../src/index.js';

const options = { ${options}, baseUrl: inject('mockUrl') };

// Every documented status, every stated request constraint, and the auth.
contractSuite({ spec: 'openapi.json', client: (fetch) => createClient({ ...options, fetch }) });

describe('createClient', () => {
  it.each([
${cases}
  ])('refuses a client without $option, naming it', ({ option }) => {
    const create = () => createClient({ ...options, [option]: '' });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(expect.objectContaining({ option, message: expect.stringContaining(option) }));
  });
});
`;
}

export function readme(api: ApiFacts): string {
  const envName = (option: string) => option.replace(/[A-Z]/g, (char) => `_${char}`).toUpperCase();
  const options = api.credentials.map(({ option }) => `${option}: process.env.${envName(option)}!`).join(', ');
  return `# @contactkit/${api.name}

Typed client for the ${api.title}, generated from [its OpenAPI document](../../specs/${api.name}/openapi.yaml).

\`\`\`sh
pnpm add @contactkit/${api.name}
\`\`\`

\`\`\`ts
import { createClient } from '@contactkit/${api.name}';

const client = createClient({ ${options}${api.defaultBaseUrl ? '' : ", baseUrl: 'https://your.server'"} });
\`\`\`

## Mock it in your tests

The package ships its bundled spec:

\`\`\`sh
npx @stoplight/prism-cli mock node_modules/@contactkit/${api.name}/openapi.json
\`\`\`
`;
}

export function changeset(api: ApiFacts): string {
  return `---
"@contactkit/${api.name}": minor
---

First release: a typed client of the ${api.title}.
`;
}
