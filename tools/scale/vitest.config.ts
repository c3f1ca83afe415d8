import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file builds a whole copy of the repo: one at a time on a small machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
