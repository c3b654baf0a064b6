import { defineConfig } from 'vitest/config';

// The smoke run builds a one-API synthetic repo with turbo: about a minute on a busy 2-core machine.
export default defineConfig({ test: { testTimeout: 240_000, hookTimeout: 60_000 } });
