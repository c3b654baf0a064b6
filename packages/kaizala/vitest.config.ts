import { defineConfig } from 'vitest/config';

// Prism takes a few seconds to start on a busy 2-core machine. test/*.test-d.ts are type tests: vitest runs
// tsc over them (tsconfig.test-d.json) and counts each it() as a test, failed when its body has a type error.
export default defineConfig({
  test: {
    hookTimeout: 60_000,
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.test-d.json' },
  },
});
