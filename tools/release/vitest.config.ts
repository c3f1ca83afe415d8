import { defineConfig } from 'vitest/config';

// Builds, packs, registry installs and Node downloads take far longer than unit tests.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
