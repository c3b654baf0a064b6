import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machine is shared and busy: allow slow runs, but a hang still fails within seconds.
    testTimeout: 20_000,
    hookTimeout: 10_000,
  },
});
