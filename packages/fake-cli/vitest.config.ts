import { defineConfig } from 'vitest/config';

// Each test starts the command as a child process; on a busy 2-core machine that takes a second or two.
export default defineConfig({ test: { testTimeout: 30_000 } });
