import { defineConfig } from 'vitest/config';

// Starting Chromium and bundling the page take seconds on a two-core runner;
// each test only reads answers the page already got.
export default defineConfig({
  test: {
    hookTimeout: 120_000,
  },
});
