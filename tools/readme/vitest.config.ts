import { defineConfig } from 'vitest/config';

// The static checks start pnpm a few dozen times; the end-to-end file installs
// and builds a whole copy of the repo, then runs the documented commands in it.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
