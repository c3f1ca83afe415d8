// The checks of one published package as it would be released, run from that
// package's folder by its `test:package` script (turbo runs it after the
// package's build, and caches it per package).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  test: {
    include: ['test/package/**/*.test.ts'],
    env: { CONTACTKIT_PACKAGE_DIR: process.cwd() },
    // Packing, are-the-types-wrong, API Extractor and a bundle per check are slow on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
