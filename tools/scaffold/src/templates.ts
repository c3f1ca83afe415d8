// The files of a new client package that are not generated: its manifest,
// build and task configuration, and licence. No TypeScript: `pnpm generate`
// writes every source, the contract test and the README from the spec.

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function packageJson(name: string, displayName: string): string {
  return json({
    name: `@contactkit/${name}`,
    version: '0.0.0',
    description: `Typed client for the ${displayName}.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/client.gen.d.ts', default: './dist/client.gen.js' },
      './mock': { types: './dist/mock.gen.d.ts', default: './dist/mock.gen.js' },
      './msw': { types: './dist/msw.gen.d.ts', default: './dist/msw.gen.js' },
      './validation': { types: './dist/validation.gen.d.ts', default: './dist/validation.gen.js' },
      './throttle': { types: './dist/throttle.gen.d.ts', default: './dist/throttle.gen.js' },
      './paginate': { types: './dist/paginate.gen.d.ts', default: './dist/paginate.gen.js' },
      './poll': { types: './dist/poll.gen.d.ts', default: './dist/poll.gen.js' },
      './openapi.json': './openapi.json',
      './package.json': './package.json',
    },
    files: ['dist', 'openapi.json'],
    repository: { type: 'git', url: 'git+https://github.com/contactkit/contactkit.git', directory: `packages/${name}` },
    engines: { node: '>=20.19.0' },
    scripts: {
      lint: 'tsx ../../tools/codegen/src/lint.ts',
      generate: 'tsx ../../tools/codegen/src/generate.ts',
      // A clean dist/: files of an earlier build must not ship.
      build: 'rm -rf dist && tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json',
      test: 'vitest run --config ../../tools/mock/src/vitest-package.config.ts',
      // The packed tarball, its API reports and its size: see tools/release.
      'test:package': 'vitest run --config ../../tools/release/vitest.package.config.ts',
    },
    dependencies: { '@contactkit/runtime': 'workspace:^', 'openapi-fetch': 'catalog:' },
    // Only `startMock()` needs it, and only in the tests of those who call it.
    peerDependencies: { '@contactkit/mock': 'workspace:^', msw: '^2.10.5', 'openapi-msw': '^2.0.0' },
    peerDependenciesMeta: { '@contactkit/mock': { optional: true }, msw: { optional: true }, 'openapi-msw': { optional: true } },
    devDependencies: { '@contactkit/contract': 'workspace:*', '@contactkit/mock': 'workspace:*', '@contactkit/mock-tools': 'workspace:*' },
  });
}

export function turboJson(name: string): string {
  const shared = ['$TURBO_ROOT$/redocly.yaml', '$TURBO_ROOT$/tools/codegen/src/**', `$TURBO_ROOT$/specs/${name}/**`];
  return json({
    $schema: 'https://turborepo.com/schema.json',
    extends: ['//'],
    tasks: {
      lint: { inputs: shared },
      // The generated client carries the package's name and version; its README documents the runtime's options and errors.
      generate: { inputs: [...shared, 'package.json', '$TURBO_ROOT$/packages/runtime/src/**'] },
    },
  });
}

export const tsconfigJson = json({
  extends: '../../tsconfig.base.json',
  compilerOptions: { noEmit: true, types: ['node'], allowImportingTsExtensions: true },
  include: ['generated', 'test'],
});

export const tsconfigBuildJson = json({
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'generated', outDir: 'dist' },
  include: ['generated'],
});

export function changeset(name: string, displayName: string): string {
  return `---
"@contactkit/${name}": minor
---

First release: a typed client of the ${displayName}.
`;
}
