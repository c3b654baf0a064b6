// Run by proxy-hostile.test.ts in a process of its own (node --expose-gc): a 200 MB answer through the proxy
// (with and without Content-Length) and through verify's live replay, each refused under the default limit.
// Prints, per case, the status and the peak heap growth over a baseline taken after a full GC.
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const contract = await import(pathToFileURL(join(process.cwd(), 'dist', 'index.js')).href);
const SIZE = 200 * 1024 * 1024;
const chunk = Buffer.alloc(256 * 1024, 0x20);

const upstream = createServer((req, res) => {
  const declared = req.url.includes('declared');
  res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(SIZE) } : {}) });
  let sent = 0;
  const pump = () => {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = SIZE));
  pump();
});
await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${upstream.address().port}/api/public`;
const kore = await contract.loadContract('kore-ai', join(process.cwd(), '..', '..', 'specs', 'kore-ai', 'openapi.yaml'));

function get(url) {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    })
      .on('error', reject)
      .end();
  });
}

async function measure(run) {
  globalThis.gc();
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  let peakExternal = start.external + start.arrayBuffers;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakExternal = Math.max(peakExternal, now.external + now.arrayBuffers);
  }, 2);
  const status = await run();
  clearInterval(timer);
  const end = process.memoryUsage();
  peakHeap = Math.max(peakHeap, end.heapUsed);
  return { status, heapGrowth: peakHeap - start.heapUsed, externalGrowth: peakExternal - start.external - start.arrayBuffers };
}

const results = {};
const proxy = await contract.startProxy(kore, { upstream: base });
results['proxy, Content-Length'] = await measure(() => get(`${proxy.url}/groups?declared=1`));
results['proxy, chunked'] = await measure(() => get(`${proxy.url}/groups`));
await proxy.close();
results['verify live, chunked'] = await measure(async () => contract.verdict(await contract.verifyLive(kore, { baseUrl: base })).exitCode);
upstream.closeAllConnections();
upstream.close();
process.stdout.write(JSON.stringify(results));
process.exit(0);
