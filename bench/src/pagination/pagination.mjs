// Pagination: 100,000 groups walked with @group-apis/core's paginate from a local server, Kore.ai pages
// of 50 and Testmo pages of 100: groups per second, and whether the heap grows with the number of pages.
import { fileURLToPath } from 'node:url';
import { node, runOrThrow } from '../process.mjs';
import { summarize } from '../stats.mjs';
import { startFixtureServer } from '../runtime/start-fixture-server.mjs';

const child = fileURLToPath(new URL('./walk-child.mjs', import.meta.url));
/** Retained growth this far above the short walk's still counts as "does not grow with pages". */
export const HEAP_TOLERANCE_BYTES = 1024 * 1024;

/**
 * @param {{ smoke: boolean }} options
 */
export async function measurePagination(options) {
  const groups = options.smoke ? 1_000 : 100_000;
  const plan = { groups, passes: options.smoke ? 1 : 3, retentionSizes: options.smoke ? [200, 1_000] : [10_000, 100_000], gcEveryPages: 10 };
  const server = await startFixtureServer();
  /** @type {Record<string, any>} */
  const vendors = {};
  try {
    for (const vendor of /** @type {const} */ (['kore', 'testmo'])) {
      const result = await runOrThrow(node, ['--expose-gc', child, JSON.stringify({ ...plan, vendor, origin: server.origin })], { cwd: process.cwd(), timeoutMs: 30 * 60_000 });
      const measured = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
      const throughput = /** @type {any[]} */ (measured.throughput);
      const [short, long] = /** @type {any[]} */ (measured.retention);
      vendors[vendor] = {
        groups,
        pageSize: vendor === 'kore' ? 50 : 100,
        pages: throughput[0].pages,
        groupsPerSec: summarize(throughput.map((pass) => pass.groupsPerSec)),
        walkMs: summarize(throughput.map((pass) => pass.ms)),
        peakHeapGrowthBytes: summarize(throughput.map((pass) => pass.peakHeapGrowthBytes)),
        retention: measured.retention,
        flatHeap: long.retainedGrowthBytes <= short.retainedGrowthBytes + HEAP_TOLERANCE_BYTES,
      };
    }
  } finally {
    await server.stop();
  }
  return { vendors, targets: { heapIndependentOfPages: Object.values(vendors).every((vendor) => vendor.flatHeap) } };
}
