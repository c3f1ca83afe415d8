import { defineConfig } from 'vitest/config';

// One registry, one release and one set of consumer installs (test/e2e/setup.ts)
// serve every test file. Files run one at a time: each spawns Node processes,
// Prism or Chromium. Suites marked concurrent (type checks) run two tests at
// a time, one per core of a small CI machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/setup.ts'],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
