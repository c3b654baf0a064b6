import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot } from './support/repo.js';
import { runNode } from './support/run-node.js';

const script = join(findRepoRoot(), 'scripts', 'sum-test-counts.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sum-test-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sum(log: string, exitStatus?: string): Promise<string> {
  const file = join(dir, `log-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, log);
  const result = await runNode(script, exitStatus === undefined ? [file] : [file, exitStatus], { cwd: dir });
  expect(result.status, result.output).toBe(0);
  return result.stdout.trim();
}

describe('scripts/sum-test-counts.mjs', () => {
  it('sums the Tests lines of every package in a turbo log, and ignores the Test Files lines', async () => {
    const log = [
      '@group-apis/kore-ai:test:  Test Files  3 passed (3)',
      '@group-apis/kore-ai:test:       Tests  20 passed (20)',
      '@group-apis/testmo:test:  Test Files  1 failed | 2 passed (3)',
      '@group-apis/testmo:test:       Tests  2 failed | 31 passed (33)',
    ].join('\n');
    expect(await sum(log, '1')).toBe('51 passed, 2 failed');
  });

  it('reads lines that vitest coloured, and skipped tests count as neither', async () => {
    const log = '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m7 passed\u001b[39m\u001b[22m\u001b[90m | \u001b[39m\u001b[33m1 skipped\u001b[39m\u001b[90m (8)\u001b[39m\n';
    expect(await sum(log)).toBe('7 passed, 0 failed');
  });

  it('counts a failing run with no failing test (a crash, a type error) as one failure', async () => {
    expect(await sum('error TS2322: Type string is not assignable to type number.\n', '2')).toBe('0 passed, 1 failed');
  });

  it('reports nothing run as 0 passed, 0 failed when the run succeeded', async () => {
    expect(await sum('nothing to do\n', '0')).toBe('0 passed, 0 failed');
  });
});
