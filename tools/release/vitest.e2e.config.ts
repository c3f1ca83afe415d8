import { defineConfig } from 'vitest/config';

// One registry, one release and one set of consumer installs (test/e2e/setup.ts)
// serve every test file. Files run one at a time: each spawns Node processes,
// Prism or Chromium, and the machine is small.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
