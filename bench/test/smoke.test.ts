import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'group-apis-bench-smoke-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runSmoke(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['run.mjs', '--smoke', '--out', out], { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The test's own timeout would leave the child running: stop it just before.
    const timer = setTimeout(() => child.kill('SIGTERM'), 230_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

interface Results {
  meta: { mode: string };
  suites: Record<string, { ok: boolean; error?: string; result?: { testSuite?: { ok: boolean; rebuilt: string[] } } }>;
  targets: { id: string; holds: boolean | undefined; measured: string }[];
}

test('the smoke run runs every benchmark once and reports every figure and target', async () => {
  const { code, output } = await runSmoke();
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

  expect(results.meta.mode).toBe('smoke');
  expect(Object.keys(results.suites)).toEqual(['request-overhead', 'pagination', 'validation', 'pipeline', 'growth', 'traffic']);
  for (const [name, suite] of Object.entries(results.suites)) expect(suite.error ?? 'ok', name).toBe('ok');
  expect(code, output.slice(-2000)).toBe(0);
  // `npm test` in the copy finds the build in the cache the build filled, as in CI: only typecheck and test run.
  expect(results.suites['pipeline']?.result?.testSuite).toMatchObject({ ok: true, rebuilt: [] });

  expect(results.targets.map((target) => target.id)).toEqual([
    'request-overhead-vs-bare',
    'request-overhead-vs-peer',
    'pagination-flat-heap',
    'warm-build',
    'touch-one-spec',
    'growth-linear',
    'growth-warm-flat',
    'test-suite',
    'traffic-linear-time',
    'traffic-flat-memory',
  ]);
  // Every target is judged, except the growth curve's, which need two sizes; the smoke run has one.
  for (const target of results.targets) {
    if (target.id.startsWith('growth-')) expect(target.measured).toBe('needs two or more sizes');
    else expect(typeof target.holds, target.id).toBe('boolean');
  }

  const markdown = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  for (const heading of ['## Targets', '## Request overhead', '## Pagination', '## Generation and build', '## Growth', '## Test suite', '## Validation throughput', '## Method and caveats']) {
    expect(markdown).toContain(heading);
  }
  expect(markdown).toContain('Node');
  expect(markdown).not.toContain('NaN');
  expect(markdown).not.toContain('undefined');
});
