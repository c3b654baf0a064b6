import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { publicPackages, repoRoot } from '../src/workspace.js';
import { packedPackages } from './packed.js';

const require = createRequire(import.meta.url);
const attwBin = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
const names = publicPackages().map((pkg) => pkg.manifest.name);
const packed = packedPackages();

// The ESM-only profile: CommonJS resolution modes are not checked, since require(esm) on Node >= 20.19
// serves CommonJS callers (the consumer test proves it). --no-definitely-typed keeps it offline.
describe('attw --profile esm-only', () => {
  it.each(names)('%s: the types resolve in every ESM mode', async (name) => {
    const tarball = packed.get(name)!.tarball;
    const result = await run(process.execPath, [attwBin, tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'], { cwd: repoRoot });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
