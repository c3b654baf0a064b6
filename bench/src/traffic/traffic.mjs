// verify --har / --ndjson at growing sizes: HAR files and NDJSON logs of 10,000 to 1,000,000 exchanges are
// generated into a temporary folder, each checked in a child process of its own. Time should grow linearly
// with the exchanges and peak memory should not grow at all (one entry in memory at a time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onInterrupt } from '../cleanup.mjs';
import { repoRoot } from '../pipeline/temp-repo.mjs';
import { node, runOrThrow } from '../process.mjs';
import { transpileTree } from '../runtime/transpile.mjs';
import { generateTraffic } from './generate-traffic.mjs';

const child = fileURLToPath(new URL('./traffic-child.mjs', import.meta.url));

/**
 * @param {{ smoke: boolean, sizes?: number[], log?: (line: string) => void }} options
 */
export async function measureTraffic(options) {
  const sizes = options.sizes ?? (options.smoke ? [200, 2_000] : [10_000, 100_000, 1_000_000]);
  const outDir = await transpileTree(join(repoRoot, 'packages', 'contract', 'src'), 'contract');
  const contractIndex = join(outDir, 'index.js');
  const spec = join(repoRoot, 'specs', 'kore-ai', 'openapi.yaml');
  const dir = mkdtempSync(join(tmpdir(), 'group-apis-bench-traffic-'));
  const forget = onInterrupt('files', () => rmSync(dir, { recursive: true, force: true }));
  /** @type {Record<string, any[]>} */
  const runs = { har: [], ndjson: [] };
  try {
    for (const format of /** @type {const} */ (['har', 'ndjson'])) {
      for (const size of sizes) {
        const file = join(dir, `traffic-${size}.${format}`);
        const generateStarted = performance.now();
        const fileBytes = await generateTraffic(file, format, size);
        const generateMs = performance.now() - generateStarted;
        const result = await runOrThrow(node, [child, contractIndex, spec, format, file], { cwd: repoRoot, timeoutMs: 60 * 60 * 1000 });
        const measured = JSON.parse(result.stdout);
        if (measured.exchanges !== size) throw new Error(`${format} of ${size}: ${measured.exchanges} exchanges checked`);
        runs[format]?.push({ size, fileBytes, generateMs, ...measured, usPerExchange: (measured.checkCpuMs * 1000) / size });
        options.log?.(`traffic: ${format} ${size}: ${(measured.checkCpuMs / 1000).toFixed(1)} s CPU, peak RSS ${(measured.maxRss / 2 ** 20).toFixed(0)} MiB`);
        rmSync(file, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forget();
  }
  return judgeTraffic({ sizes, runs });
}

/**
 * The figures the targets are judged on. Time: CPU per exchange at the largest size over the one before it
 * (the smallest run also pays for warming up the JIT, which flatters the ratio); 1.0 is linear. Memory:
 * peak RSS at the largest size minus the smallest's.
 * @param {{ sizes: number[], runs: Record<string, any[]> }} measured
 */
export function judgeTraffic(measured) {
  const judge = (/** @type {any[]} */ list) => {
    const first = list[0];
    const last = list.at(-1);
    const before = list.at(-2) ?? first;
    return {
      timePerExchangeRatio: last.usPerExchange / before.usPerExchange,
      timeComparedFrom: before.size,
      peakRssGrowth: last.maxRss - first.maxRss,
      sizeRatio: last.size / first.size,
    };
  };
  const har = judge(measured.runs.har ?? []);
  const ndjson = judge(measured.runs.ndjson ?? []);
  return {
    ...measured,
    har,
    ndjson,
    targets: {
      linearTime: har.timePerExchangeRatio < 1.5 && ndjson.timePerExchangeRatio < 1.5,
      flatMemory: har.peakRssGrowth < 64 * 2 ** 20 && ndjson.peakRssGrowth < 64 * 2 ** 20,
    },
  };
}
