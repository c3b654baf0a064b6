import { defineConfig } from 'vitest/config';

// Packing, installing into a fresh project and starting Prism are child processes that are slow on a
// busy 2-core machine; the consumer suite stays well under its hook timeout when the npm cache is warm.
// Every public package is packed once, before the test files run (test/global-setup.ts).
export default defineConfig({ test: { globalSetup: ['test/global-setup.ts'], hookTimeout: 180_000, testTimeout: 60_000 } });
