import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, startStaticServer, type StaticServer } from '../src/static-server.js';

const root = mkdtempSync(join(tmpdir(), 'docs-static-'));
mkdirSync(join(root, 'site', 'assets'), { recursive: true });
writeFileSync(join(root, 'secret.txt'), 'outside the site');
writeFileSync(join(root, 'site', 'index.html'), '<!DOCTYPE html><title>index</title>');
writeFileSync(join(root, 'site', 'assets', 'redoc.js'), 'export const x = 1;');
const site = join(root, 'site');

/** A raw request, so paths reach the server exactly as written (fetch would normalize `..`). */
function get(origin: string, path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(site);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a port chosen at runtime', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.origin).not.toMatch(/:0$/);
  });

  it('serves pages and scripts with their content types, and / as index.html', async () => {
    expect(await get(server.origin, '/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>index</title>' });
    expect(await get(server.origin, '/assets/redoc.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export const x = 1;' });
    expect(await get(server.origin, '/index.html?x=1#y')).toMatchObject({ status: 200 });
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get(server.origin, '/index.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get(server.origin, '/index.html', 'POST')).toMatchObject({ status: 405 });
  });

  it('answers 404 for what is not there, and never serves files outside the site', async () => {
    expect(await get(server.origin, '/missing.html')).toMatchObject({ status: 404 });
    expect(await get(server.origin, '/assets')).toMatchObject({ status: 404 });
    expect(await get(server.origin, '/../secret.txt')).toMatchObject({ status: 404 });
    expect(await get(server.origin, '/%2e%2e/secret.txt')).toMatchObject({ status: 404 });
    expect(await get(server.origin, '/%2e%2e%2fsecret.txt')).toMatchObject({ status: 404 });
  });
});

describe('fileFor', () => {
  it('maps request paths inside the root and refuses the rest', () => {
    expect(fileFor('/srv/site', '/kore-ai.html')).toBe('/srv/site/kore-ai.html');
    expect(fileFor('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(fileFor('/srv/site', '/%2e%2e%2fsecret.txt')).toBeUndefined();
    expect(fileFor('/srv/site', '/a%00b')).toBeUndefined();
    expect(fileFor('/srv/site', '/%E0%A4%A')).toBeUndefined();
  });
});
