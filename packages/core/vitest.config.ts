import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machine is shared and busy: allow slow runs, but a hang still fails within seconds.
    testTimeout: 10_000,
    hookTimeout: 10_000,
    typecheck: { enabled: false },
    // The cancellation tests force a garbage collection: Node 20's fetch can lose an abort after one.
    execArgv: ['--expose-gc'],
  },
});
