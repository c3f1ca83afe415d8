import { defineConfig } from 'vitest/config';

// Redoc pages are heavy (a 2.5 MB inline bundle each) and CI runners have two
// cores, so page loads and the docs build get minutes, not the default seconds.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
