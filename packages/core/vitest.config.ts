import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machine is shared and busy: allow slow runs, but a hang still fails within seconds.
    testTimeout: 10_000,
    hookTimeout: 10_000,
    // test/*.test-d.ts are type tests: vitest runs tsc over them (tsconfig.test-d.json) and counts each it().
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.test-d.json' },
    // The cancellation tests force a garbage collection: Node 20's fetch can lose an abort after one.
    execArgv: ['--expose-gc'],
  },
});
