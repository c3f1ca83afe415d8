// The vitest config of every client package (`vitest run --config` from its
// `test` script), so that a package needs no config file of its own.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: [fileURLToPath(new URL('./vitest-global-setup.ts', import.meta.url))],
    // Generous: Prism and the CLIs that tests start are slow on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // The test files share a worker's module graph instead of importing the
    // client and the runtime afresh each: on a two-core runner that is a
    // fifth of the suite's time. No test changes a global it does not restore.
    isolate: false,
  },
});
