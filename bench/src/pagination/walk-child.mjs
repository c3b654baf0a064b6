// Child process (run with --expose-gc) that walks one vendor's groups and measures speed and heap:
//   throughput passes: groups/s, and the peak heap in use above the starting heap (garbage included);
//   retention passes: a full GC every few pages, so the heap left is what the walk really holds on to.
// Prints one JSON line.
import { loadCore } from '../runtime/load-core.mjs';
import { vendors } from './walks.mjs';

/**
 * @typedef {object} WalkPlan
 * @property {'kore' | 'testmo'} vendor
 * @property {string} origin
 * @property {number} groups throughput walk size
 * @property {number} passes
 * @property {number[]} retentionSizes walk sizes for the retention passes
 * @property {number} gcEveryPages
 */

const plan = /** @type {WalkPlan} */ (JSON.parse(process.argv[2] ?? '{}'));
const gc = /** @type {() => void} */ (globalThis.gc);
if (typeof gc !== 'function') throw new Error('run with --expose-gc');
const core = await loadCore();
const vendor = vendors[plan.vendor];

/**
 * @param {number} total
 * @param {(seen: number) => void} onPage called after every page's items
 */
async function walk(total, onPage) {
  let seen = 0;
  for await (const group of vendor.groups(core, plan.origin, total)) {
    if (group === undefined) throw new Error('empty item');
    seen += 1;
    if (seen % vendor.pageSize === 0) onPage(seen);
  }
  if (seen !== total) throw new Error(`walked ${seen} groups, expected ${total}`);
  return seen;
}

const heapUsed = () => process.memoryUsage().heapUsed;

/**
 * Least-squares slope of y over x.
 * @param {[number, number][]} points
 */
function slope(points) {
  if (points.length < 2) return 0;
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const [x, y] of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

// Warm-up: JIT and connection pool, not measured.
await walk(Math.min(plan.groups, 20 * vendor.pageSize), () => {});

const throughput = [];
for (let pass = 0; pass < plan.passes; pass += 1) {
  gc();
  const base = heapUsed();
  let peak = base;
  const startedAt = performance.now();
  await walk(plan.groups, () => {
    const used = heapUsed();
    if (used > peak) peak = used;
  });
  const ms = performance.now() - startedAt;
  throughput.push({ groups: plan.groups, pages: Math.ceil(plan.groups / vendor.pageSize), ms, groupsPerSec: (plan.groups / ms) * 1000, peakHeapGrowthBytes: peak - base });
}

const retention = [];
for (const total of plan.retentionSizes) {
  gc();
  const base = heapUsed();
  let peak = base;
  /** @type {[number, number][]} */
  const series = [];
  await walk(total, (seen) => {
    const page = seen / vendor.pageSize;
    if (page % plan.gcEveryPages !== 0) return;
    gc();
    const used = heapUsed();
    series.push([page, used - base]);
    if (used > peak) peak = used;
  });
  retention.push({
    groups: total,
    pages: Math.ceil(total / vendor.pageSize),
    retainedGrowthBytes: peak - base,
    // Over the second half of the walk, after start-up allocations (JIT code, pools) have settled.
    bytesPerPage: slope(series.slice(Math.floor(series.length / 2))),
  });
}

process.stdout.write(`${JSON.stringify({ throughput, retention })}\n`);
