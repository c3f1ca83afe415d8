import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@contactkit/mock/vitest-global-setup'],
  },
});
