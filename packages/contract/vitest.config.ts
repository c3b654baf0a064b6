import { defineConfig } from 'vitest/config';

// The CLI tests start child processes that each load a spec; give them room on a busy 2-core machine.
export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
