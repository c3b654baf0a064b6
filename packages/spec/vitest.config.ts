import { defineConfig } from 'vitest/config';

// Loading a spec with redocly takes a while on a busy 2-core machine.
export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
