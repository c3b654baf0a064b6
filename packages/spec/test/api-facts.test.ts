import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerSmokePathOf, readApis, readSizeBudget, sizeBudgetPathOf, UsageError } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'group-apis-spec-facts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function apiWithBudget(name: string, text: string) {
  const packageDir = join(root, name);
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'size-budget.json'), text);
  return { name, packageDir };
}

describe('per-API facts, kept in the client package', () => {
  it('are found in packages/<api>/ for every API of this repository', () => {
    for (const api of readApis()) {
      expect(sizeBudgetPathOf(api)).toBe(join(api.packageDir, 'size-budget.json'));
      expect(consumerSmokePathOf(api)).toBe(join(api.packageDir, 'consumer-smoke.ts'));
      expect(readSizeBudget(api)).toBeGreaterThan(0);
    }
  });

  it('reads the size budget as whole bytes', () => {
    expect(readSizeBudget(apiWithBudget('fine', '{ "$comment": "why", "maxGzippedBytes": 9300 }'))).toBe(9300);
  });

  it.each([
    ['a fraction', '{ "maxGzippedBytes": 9.5 }', /fraction\/size-budget\.json: maxGzippedBytes must be a positive whole number of bytes/],
    ['a string', '{ "maxGzippedBytes": "9 kB" }', /maxGzippedBytes must be a positive whole number/],
    ['no budget', '{}', /maxGzippedBytes must be a positive whole number/],
    ['broken JSON', '{ "maxGzippedBytes": ', /the size budget of broken JSON cannot be read/],
  ])('refuses %s with the file named', (name, text, message) => {
    const api = apiWithBudget(name, text);
    expect(() => readSizeBudget(api)).toThrow(UsageError);
    expect(() => readSizeBudget(api)).toThrow(message);
  });

  it('names the missing file', () => {
    expect(() => readSizeBudget({ name: 'gone', packageDir: join(root, 'gone') })).toThrow(/gone\/size-budget\.json: the size budget of gone cannot be read \(ENOENT/);
  });
});
