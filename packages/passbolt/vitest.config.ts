import { defineConfig } from 'vitest/config';

// Prism takes a few seconds to start on a busy 2-core machine.
export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
