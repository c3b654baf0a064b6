import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../src/contract.js';
import { startProxy, type RunningProxy } from '../src/proxy-server.js';
import { verdict } from '../src/report/report.js';
import { startFakeUpstream } from './helpers/fake-upstream.js';
import { packageDir } from './helpers/run-cli.js';
import { apisWithSpecs, startSpecUpstream } from './helpers/spec-upstream.js';

function api(name: string) {
  return apisWithSpecs().find((candidate) => candidate.name === name)!;
}

/** Sends a request target exactly as written (fetch and URL would resolve "..": node:http does not). */
function rawGet(proxyUrl: string, target: string, body?: Buffer): Promise<{ status: number; body: string }> {
  const url = new URL(proxyUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: target, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

describe('the proxy against hostile clients and upstreams', () => {
  const running: Array<{ close(): Promise<void> | void }> = [];
  let kore: Contract;
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });

  async function koreBehindProxy(options: { maxResponseBytes?: number } = {}) {
    kore ??= await loadContract('kore-ai', api('kore-ai').spec);
    const upstream = await startSpecUpstream(api('kore-ai'), undefined, kore);
    running.push(upstream);
    const proxy = await startProxy(kore, { upstream: upstream.baseUrl, headers: { auth: 'KORE-CONFIGURED-SECRET' }, ...options });
    running.push(proxy);
    return { upstream, proxy };
  }

  const escapes = ['/../admin', '/groups/../../admin', '/%2e%2e/admin', '/%2E%2E/%2e%2e/admin', '/groups/%2F..%2Fadmin', '/groups/..%5cadmin', '/./groups', '/groups/%252e%252e/admin', '/groups\\..\\admin', '//evil.example/groups'];
  it(`refuses ${escapes.length} paths that would leave the upstream's base path: 400, nothing forwarded`, async () => {
    const { upstream, proxy } = await koreBehindProxy();
    for (const target of escapes) {
      const answer = await rawGet(proxy.url, target);
      expect({ target, status: answer.status }).toEqual({ target, status: 400 });
      expect(answer.body).toContain('nothing was forwarded');
    }
    expect(upstream.seen).toEqual([]);
    const result = verdict(proxy.report());
    expect(result.exitCode).toBe(2);
    expect(proxy.report().errors[0]).toBe(`refused GET "/../admin": the path has a dot segment ("." or "..") that would leave the upstream's base path`);
  });

  it('forwards the path and query byte for byte (a second "?", encodings, order)', async () => {
    const { upstream, proxy } = await koreBehindProxy();
    // A query is not a path: dots and slashes in it are the client's data, forwarded as they are.
    const targets = ['/groups?limit=2&q=a?b=c', '/groups?offset=0&limit=2&x=%7E~%27&x=2&&flag', '/groups?', '/groups?next=/../admin&x=%2e%2e'];
    for (const target of targets) expect((await rawGet(proxy.url, target)).status).toBe(200);
    expect(upstream.seen.map((request) => request.url)).toEqual(targets.map((target) => `/api/public${target}`));
    expect(upstream.seen.every((request) => request.headers.auth === 'KORE-CONFIGURED-SECRET')).toBe(true);
  });

  it('refuses an upstream answer over the limit by Content-Length, and one that streams past it without one', async () => {
    const sizes: Array<'declared' | 'chunked' | 'gzip bomb'> = [];
    const upstream = createServer((req, res) => {
      if (req.url?.includes('declared')) {
        sizes.push('declared');
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
        res.write('{"total":');
        return;
      }
      if (req.url?.includes('bomb')) {
        sizes.push('gzip bomb');
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
        return;
      }
      sizes.push('chunked');
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (res.write(chunk)) {
          if (res.destroyed) return;
        }
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const base = await listen(upstream);
    running.push({ close: () => new Promise<void>((resolve) => (upstream.closeAllConnections(), upstream.close(() => resolve()))) });
    kore ??= await loadContract('kore-ai', api('kore-ai').spec);
    const proxy = await startProxy(kore, { upstream: `${base}/api/public`, maxResponseBytes: 1024 * 1024 });
    running.push(proxy);
    for (const name of ['declared', 'chunked', 'bomb']) {
      const answer = await rawGet(proxy.url, `/groups?case=${name}`);
      expect(answer.status).toBe(502);
      expect(answer.body).toContain('upstream response over the 1048576-byte limit');
    }
    expect(sizes).toEqual(['declared', 'chunked', 'gzip bomb']);
    expect(proxy.report().errors).toEqual([
      `GET /groups?case=declared -> 200: response body of ${200 * 1024 * 1024} bytes (Content-Length) is over the 1048576-byte limit (--max-response-bytes)`,
      'GET /groups?case=chunked -> 200: response body is over the 1048576-byte limit (--max-response-bytes)',
      'GET /groups?case=bomb -> 200: response body is over the 1048576-byte limit (--max-response-bytes)',
    ]);
    expect(verdict(proxy.report()).exitCode).toBe(2);
  });

  it('a HEAD answer declaring a large body is not refused: no body comes', async () => {
    const upstream = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
      res.end();
    });
    const base = await listen(upstream);
    running.push({ close: () => new Promise<void>((resolve) => (upstream.closeAllConnections(), upstream.close(() => resolve()))) });
    kore ??= await loadContract('kore-ai', api('kore-ai').spec);
    const proxy = await startProxy(kore, { upstream: `${base}/api/public`, maxResponseBytes: 1024 });
    running.push(proxy);
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const url = new URL(proxy.url);
      httpRequest({ hostname: url.hostname, port: url.port, path: '/groups', method: 'HEAD' }, (res) => (res.resume(), resolve(res))).on('error', reject).end();
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-length']).toBe(String(200 * 1024 * 1024));
    expect(proxy.report().errors).toEqual([]);
  });

  it('refuses a request body over the limit with 413, forwarding nothing', async () => {
    const { upstream, proxy } = await koreBehindProxy({ maxResponseBytes: 1024 });
    const answer = await rawGet(proxy.url, '/groups', Buffer.alloc(4096, 0x20));
    expect(answer.status).toBe(413);
    expect(upstream.seen).toEqual([]);
  });

  it('an answer that breaks off mid-body is a 502 and an error, never a checked exchange', async () => {
    const upstream = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"total":1,');
      setTimeout(() => res.destroy(), 20);
    });
    const base = await listen(upstream);
    running.push({ close: () => new Promise<void>((resolve) => (upstream.closeAllConnections(), upstream.close(() => resolve()))) });
    kore ??= await loadContract('kore-ai', api('kore-ai').spec);
    const proxy = await startProxy(kore, { upstream: `${base}/api/public` });
    running.push(proxy);
    expect((await rawGet(proxy.url, '/groups')).status).toBe(502);
    expect(proxy.report().exchanges).toBe(0);
    expect(proxy.report().errors[0]).toMatch(/^GET \/groups -> 200: the upstream's answer broke off/);
  });

  it('a 200 MB answer is refused with under 64 MB of heap growth (measured in a child process)', async () => {
    const script = join(packageDir, 'test', 'helpers', 'large-answer-child.mjs');
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', script], { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited ${code}: ${text}`))));
    });
    const measured = JSON.parse(output) as Record<string, { status: number; heapGrowth: number; externalGrowth: number }>;
    for (const [name, result] of Object.entries(measured)) {
      expect({ name, status: result.status }).toEqual({ name, status: name.startsWith('verify') ? 2 : 502 });
      expect({ name, heapGrowthUnder64MiB: result.heapGrowth < 64 * 1024 * 1024 }).toEqual({ name, heapGrowthUnder64MiB: true });
    }
  }, 120_000);
});

describe('verify: the size limit for live answers and HAR entries', () => {
  it('a live answer over --max-response-bytes is an error naming the operation (exit 2)', async () => {
    const upstream = await startFakeUpstream(() => ({ raw: JSON.stringify({ total: 1, availableMore: false, groups: [], padding: 'x'.repeat(4096) }) }));
    try {
      const { runInProcess } = await import('./helpers/run-cli.js');
      const run = await runInProcess(['verify', '--api', 'kore-ai', '--base-url', `${upstream.url}/api/public`, '--max-response-bytes', '1024', '--header', 'auth: LIVE-SECRET']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^group-apis-contract: error: listGroups \(GET \/groups\)( example \w+)?: response body is over the 1024-byte limit \(--max-response-bytes\)/);
      expect(`${run.stdout}${run.stderr}`).not.toContain('LIVE-SECRET');
    } finally {
      await upstream.close();
    }
  });
});
