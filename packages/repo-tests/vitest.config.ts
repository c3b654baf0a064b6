import { defineConfig } from 'vitest/config';

// The scaffold test runs lint, generate, tsc and a Prism-backed vitest run in a copy of the repo,
// each a child process that is slow on a busy 2-core machine.
export default defineConfig({ test: { hookTimeout: 120_000, testTimeout: 120_000 } });
