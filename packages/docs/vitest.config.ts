import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chromium starts in a few seconds on a busy 2-core machine; pages render in well under a second each.
    hookTimeout: 60_000,
    testTimeout: 60_000,
    typecheck: { enabled: false },
  },
});
