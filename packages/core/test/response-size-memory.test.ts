import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../src/index.js';
import { fakeServer } from './support/fake-server.js';

const MB = 1024 * 1024;
const probe = fileURLToPath(new URL('./support/memory-probe.mjs', import.meta.url));

interface Probe {
  ok: boolean;
  error?: string;
  announced?: boolean;
  bytes?: number;
  heapGrowthMb: number;
  arrayBuffersGrowthMb: number;
  rssGrowthMb: number;
}

/** Runs one call in a child process (the built client, dist/) and returns its measured peak memory growth. */
function measure(url: string, limit: number | 'default'): Promise<Probe> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', probe, url, String(limit)], { timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Probe),
    );
  });
}

/** A server answering `totalMb` MB in 64 kB chunks, with or without announcing the length, as fast as it is read. */
async function bigAnswer(totalMb: number, announce: boolean) {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return fakeServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/octet-stream', ...(announce ? { 'content-length': String(totalMb * MB) } : {}) });
    let left = (totalMb * MB) / chunk.length;
    const pump = (): void => {
      while (left > 0) {
        left -= 1;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    response.on('close', () => (left = 0));
    pump();
  });
}

// Memory is measured, not assumed: peak heap, ArrayBuffer and RSS growth over a GC'd baseline, sampled every
// millisecond in a child process of its own while the call runs.
describe('maxResponseBytes under memory measurement (child process)', () => {
  it('defaults to 32 MiB', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MB);
  });

  it('refuses a 200 MB answer that announces its length with almost no growth', async () => {
    const server = await bigAnswer(200, true);
    const result = await measure(`${server.origin}`, 'default');

    expect(result).toMatchObject({ ok: false, error: 'ResponseTooLargeError', announced: true });
    expect(result.heapGrowthMb).toBeLessThan(64);
    expect(result.rssGrowthMb).toBeLessThan(64);
  });

  it('refuses a 200 MB chunked answer (no length announced) under 64 MB of heap growth', async () => {
    const server = await bigAnswer(200, false);
    const result = await measure(`${server.origin}`, 'default');

    console.info(`200 MB chunked answer, default limit: ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ ok: false, error: 'ResponseTooLargeError', announced: false });
    expect(result.heapGrowthMb + result.arrayBuffersGrowthMb).toBeLessThan(64);
    expect(result.rssGrowthMb).toBeLessThan(128);
  });

  it('control: the same measurement sees a large body that is allowed (so the bounds above can fail)', async () => {
    const server = await bigAnswer(40, false);
    const result = await measure(`${server.origin}`, 128 * MB);

    console.info(`40 MB chunked answer, 128 MiB limit: ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ ok: true, bytes: 40 * MB });
    expect(result.heapGrowthMb + result.arrayBuffersGrowthMb).toBeGreaterThan(64);
  });
});
