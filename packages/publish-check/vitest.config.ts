import { defineConfig } from 'vitest/config';

// Packing, installing into a fresh project and starting Prism are child processes that are slow on a
// busy 2-core machine; the consumer suite stays well under its hook timeout when the npm cache is warm.
export default defineConfig({ test: { hookTimeout: 180_000, testTimeout: 60_000 } });
