// `npx group-apis-contract` runs the built bin as a program: npm links it, the kernel executes it.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe.skipIf(process.platform === 'win32')('the built bin', () => {
  it('is executable by its owner, group and others, as npm would leave it', () => {
    expect(statSync(bin).mode & 0o777).toBe(0o755);
  });

  it('runs as a program (shebang and run bit)', () => {
    expect(execFileSync(bin, ['--help'], { encoding: 'utf8' })).toMatch(/^Usage: group-apis-contract <command>/);
  });
});
