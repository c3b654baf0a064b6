// Run as a child process by response-size-memory.test.ts: one call through the built client, memory sampled
// every millisecond meanwhile. Prints the peak growth over the baseline as JSON.
import { createClient } from '../../dist/index.js';

const [url, limit] = process.argv.slice(2);
const client = createClient({ baseUrl: url, retry: false, timeoutMs: 60_000, ...(limit === 'default' ? {} : { maxResponseBytes: Number(limit) }) });

globalThis.gc();
const baseline = process.memoryUsage();
const peak = { heapUsed: 0, arrayBuffers: 0, rss: 0 };
const sample = () => {
  const now = process.memoryUsage();
  for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], now[key] - baseline[key]);
};
const sampler = setInterval(sample, 1);
let outcome;
try {
  const { data } = await client.GET('/big', { parseAs: 'arrayBuffer' });
  outcome = { ok: true, bytes: data.byteLength };
} catch (error) {
  outcome = { ok: false, error: error.name, size: error.size, announced: error.announced };
}
sample();
clearInterval(sampler);
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
process.stdout.write(JSON.stringify({ ...outcome, heapGrowthMb: mb(peak.heapUsed), arrayBuffersGrowthMb: mb(peak.arrayBuffers), rssGrowthMb: mb(peak.rss) }));
