import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { startProxy, type RunningProxy } from '../src/proxy-server.js';
import { verdict } from '../src/report/report.js';
import { formatContractReport } from '../src/report/format-contract.js';
import { startFakeUpstream } from './helpers/fake-upstream.js';
import { runBuiltCli, startBuiltCli } from './helpers/run-cli.js';
import { apisWithSpecs, startSpecUpstream, successExample } from './helpers/spec-upstream.js';

const UUID = 'd57c10f5-639d-5160-9c81-8a0c6c4ec856';

function api(name: string) {
  const entry = apisWithSpecs().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} has no spec yet`);
  return entry;
}

/** Each violation once per exchange that showed it (the report keeps the first three of each). */
function violations(proxy: RunningProxy) {
  return proxy.report().findings.flatMap(({ kind, location, pointer, message, first }) => first.map((exchange) => ({ request: exchange.request, kind, location, pointer, message })));
}

describe('the validating proxy', () => {
  const running: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });

  it("forwards Passbolt's bracketed queries untouched and validates them as deepObject parameters", async () => {
    const upstream = await startSpecUpstream(api('passbolt'));
    running.push(upstream);
    const proxy = await startProxy(upstream.contract, { upstream: upstream.url });
    running.push(proxy);

    const queries = [
      `filter%5Bhas-users%5D%5B%5D=${UUID}&filter%5Bhas-users%5D%5B%5D=${UUID}&contain%5Buser%5D=1`,
      `filter[has-users][0]=${UUID}&contain[group_user]=true&order=Group.name%20DESC`,
      'filter[has-users][]=not-a-uuid',
      `filter[has-manager][0]=${UUID}`,
    ];
    for (const query of queries) {
      const response = await fetch(`${proxy.url}/groups.json?${query}`, { headers: { authorization: 'Bearer PASSBOLT-SECRET' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(successExample(upstream.contract.operations[0]!).body);
    }
    expect(upstream.seen.map((request) => request.url)).toEqual(queries.map((query) => `/groups.json?${query}`));
    expect(upstream.seen.every((request) => request.headers.authorization === 'Bearer PASSBOLT-SECRET')).toBe(true);
    expect(violations(proxy)).toEqual([
      { request: 'GET /groups.json?filter[has-users][]=not-a-uuid', kind: 'parameter', location: 'request query parameter filter', pointer: '/has-users/0', message: 'expected format uuid, got string "not-a-uuid"' },
      { request: `GET /groups.json?filter[has-manager][0]=${UUID}`, kind: 'parameter', location: 'request query parameter filter', pointer: '/has-manager', message: 'property is not in the spec (additionalProperties: false)' },
    ]);

    const summary = (await (await fetch(`${proxy.url}/__contract/report`)).json()) as { exitCode: number; reason: string; exchanges: number };
    expect(summary.exitCode).toBe(1);
    expect(summary.reason).toBe('passbolt: 2 violations in 2 of 4 exchanges');
    expect(summary.exchanges).toBe(4);
    expect(JSON.stringify(summary)).not.toContain('PASSBOLT-SECRET');
  });

  it("passes Kaizala's accessToken header through, adds configured credentials, and never reports either", async () => {
    const upstream = await startSpecUpstream(api('kaizala'));
    running.push(upstream);
    const proxy = await startProxy(upstream.contract, { upstream: upstream.url, headers: { 'x-tenant': 'TENANT-SECRET-ID', accesstoken: 'KAIZALA-REAL-SECRET' } });
    running.push(proxy);

    const response = await fetch(`${proxy.url}/v1/groups/853654b2-5874-462d-b709-0c4e43a7083f`, { headers: { accessToken: 'KAIZALA-TEST-SECRET' } });
    expect(response.status).toBe(200);
    expect(upstream.seen[0]!.headers.accesstoken).toBe('KAIZALA-REAL-SECRET');
    expect(upstream.seen[0]!.headers['x-tenant']).toBe('TENANT-SECRET-ID');
    expect(verdict(proxy.report()).exitCode).toBe(0);
    for (const format of ['text', 'json', 'junit'] as const) expect(formatContractReport(proxy.report(), format)).not.toMatch(/SECRET/);
  });

  it('reports a request without the credentials the spec requires, unless the proxy adds them', async () => {
    const upstream = await startSpecUpstream(api('kore-ai'));
    running.push(upstream);
    const bare = await startProxy(upstream.contract, { upstream: upstream.baseUrl });
    const adding = await startProxy(upstream.contract, { upstream: upstream.baseUrl, headers: { Auth: 'KORE-REAL-SECRET' } });
    running.push(bare, adding);
    await fetch(`${bare.url}/groups`, { headers: { authorization: 'Bearer KORE-WRONG-SECRET' } });
    await fetch(`${adding.url}/groups`, { headers: { auth: 'KORE-TEST-SECRET' } });
    expect(violations(bare)).toEqual([
      { request: 'GET /groups', kind: 'security', location: 'request credentials', pointer: '', message: 'expected header auth (koreJwt), got Authorization: Bearer' },
    ]);
    expect(violations(adding)).toEqual([]);
    expect(upstream.seen.map((request) => request.headers.auth)).toEqual([undefined, 'KORE-REAL-SECRET']);
    for (const proxy of [bare, adding]) for (const format of ['text', 'json', 'junit'] as const) expect(formatContractReport(proxy.report(), format)).not.toMatch(/SECRET/);
  });

  it('reports a request enum value the spec does not allow (Testmo per_page)', async () => {
    const upstream = await startSpecUpstream(api('testmo'));
    running.push(upstream);
    const proxy = await startProxy(upstream.contract, { upstream: upstream.url });
    running.push(proxy);
    const headers = { authorization: 'Bearer TESTMO-SECRET' };
    await fetch(`${proxy.url}/api/v1/groups?per_page=25`, { headers });
    await fetch(`${proxy.url}/api/v1/groups?per_page=30`, { headers });
    expect(violations(proxy)).toEqual([
      { request: 'GET /api/v1/groups?per_page=30', kind: 'parameter', location: 'request query parameter per_page', pointer: '', message: 'expected one of 15, 25, 50, 100, got integer 30' },
    ]);
  });

  it('relays the upstream answer as it is, compressed or not, and validates the decompressed body', async () => {
    const contract = await loadContract('kore-ai', api('kore-ai').spec);
    const body = { total: '1', availableMore: false, groups: [] };
    const upstream = await startFakeUpstream(() => ({ raw: gzipSync(JSON.stringify(body)), headers: { 'content-encoding': 'gzip' } }));
    running.push(upstream);
    const proxy = await startProxy(contract, { upstream: `${upstream.url}/api/public` });
    running.push(proxy);
    const response = await fetch(`${proxy.url}/groups`, { headers: { auth: 'KORE-SECRET' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.json()).toEqual(body);
    expect(upstream.seen[0]!.url).toBe('/api/public/groups');
    expect(violations(proxy)).toEqual([{ request: 'GET /groups', kind: 'body', location: 'response body', pointer: '/total', message: 'expected integer, got string "1"' }]);
  });

  it('checks documented response headers (Kaizala 308 Location, 429 Retry-After)', async () => {
    const contract = await loadContract('kaizala', api('kaizala').spec);
    const upstream = await startFakeUpstream((request) =>
      request.url.includes('moved') ? { status: 308 } : { status: 429, headers: { 'retry-after': 'soon' }, body: { message: 'Too many requests.' } },
    );
    running.push(upstream);
    const proxy = await startProxy(contract, { upstream: upstream.url });
    running.push(proxy);
    const headers = { accessToken: 'KAIZALA-SECRET' };
    await fetch(`${proxy.url}/v1/groups/moved`, { redirect: 'manual', headers });
    await fetch(`${proxy.url}/v1/groups`, { headers });
    expect(violations(proxy)).toEqual([
      { request: 'GET /v1/groups/moved', kind: 'header', location: 'response header Location', pointer: '', message: 'required header is missing' },
      { request: 'GET /v1/groups', kind: 'header', location: 'response header Retry-After', pointer: '', message: 'expected integer, got string "soon"' },
    ]);
  });

  it('validates request bodies (Kaizala createGroup)', async () => {
    const upstream = await startSpecUpstream(api('kaizala'));
    running.push(upstream);
    // Credentials the proxy adds count as the request's own.
    const proxy = await startProxy(upstream.contract, { upstream: upstream.url, headers: { accessToken: 'KAIZALA-SECRET' } });
    running.push(proxy);
    const post = (body: string, contentType = 'application/json') => fetch(`${proxy.url}/v1/groups`, { method: 'POST', headers: { 'content-type': contentType }, body });
    await post(JSON.stringify({ name: 'Team', welcomeMessage: 'Hi', members: ['+911099999999'] }));
    await post(JSON.stringify({ name: 'Team', members: ['12345'] }));
    await post('name=Team', 'application/x-www-form-urlencoded');
    expect(violations(proxy)).toEqual([
      { request: 'POST /v1/groups', kind: 'request-body', location: 'request body', pointer: '/welcomeMessage', message: 'required property is missing' },
      { request: 'POST /v1/groups', kind: 'request-body', location: 'request body', pointer: '/members/0', message: 'expected to match ^\\+[1-9][0-9]{6,14}$, got string "12345"' },
      { request: 'POST /v1/groups', kind: 'request-body', location: 'request content type', pointer: '', message: 'expected application/json, got application/x-www-form-urlencoded' },
    ]);
  });

  it('records an undocumented operation, and an upstream that went away as an error (exit 2)', async () => {
    const upstream = await startSpecUpstream(api('kore-ai'));
    const proxy = await startProxy(upstream.contract, { upstream: upstream.baseUrl });
    running.push(proxy);
    const unknown = await fetch(`${proxy.url}/groups/e-1/members`);
    expect(unknown.status).toBe(404);
    expect(violations(proxy)).toEqual([
      { request: 'GET /groups/e-1/members', kind: 'operation', location: 'request', pointer: '', message: 'no path in the spec matches /groups/e-1/members (undocumented operation)' },
    ]);
    await upstream.close();
    const gone = await fetch(`${proxy.url}/groups`);
    expect(gone.status).toBe(502);
    const result = verdict(proxy.report());
    expect(result.exitCode).toBe(2);
    expect(result.reason).toMatch(/^upstream http:\/\/127\.0\.0\.1:\d+ is unreachable \(GET \/groups: ECONNREFUSED\)$/);
  });
});

describe('group-apis-contract proxy (built CLI)', () => {
  const client = `
    const base = process.env.CONTRACT_PROXY_URL;
    const response = await fetch(base + '/groups?offset=0&limit=2', { headers: { auth: 'KORE-TEST-SECRET' } });
    if (response.status !== 200) process.exit(3);
  `;

  it('runs the command behind the proxy and exits 1 with the report when the upstream drifted', async () => {
    const upstream = await startSpecUpstream(api('kore-ai'), { operation: 'listGroups', mutate: (body) => ((body as { total: unknown }).total = 'two') });
    try {
      const run = await runBuiltCli(['proxy', '--api', 'kore-ai', '--upstream', upstream.baseUrl, '--', process.execPath, '--input-type=module', '-e', client], {
        env: { CONTRACT_HEADERS: 'auth: KORE-REAL-SECRET' },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('  FAIL response body /total: expected integer, got string "two"\n       in: GET /groups?offset=0&limit=2 -> 200 (proxy)\n');
      // The command to try it again goes to the upstream, credentials hidden.
      expect(run.stdout).toMatch(/reproduce: curl -X GET 'http:\/\/127\.0\.0\.1:\d+\/api\/public\/groups\?offset=0&limit=2' .*-H 'auth: \[redacted\]'/);
      expect(run.stderr).toMatch(/proxy for kore-ai listening on http:\/\/127\.0\.0\.1:\d+ -> http:\/\/127\.0\.0\.1:\d+\/api\/public/);
      expect(run.stderr.trim().split('\n').at(-1)).toBe('group-apis-contract: kore-ai: 1 violation in 1 of 1 exchange');
      expect(upstream.seen[0]!.headers.auth).toBe('KORE-REAL-SECRET');
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET/);
    } finally {
      await upstream.close();
    }
  });

  it('exits 0 when every proxied exchange matches, 1 when the command fails, 2 when nothing went through it', async () => {
    const upstream = await startSpecUpstream(api('kore-ai'));
    const lastLine = (text: string) => text.trim().split('\n').at(-1);
    try {
      const clean = await runBuiltCli(['proxy', '--api', 'kore-ai', '--upstream', upstream.baseUrl, '--', process.execPath, '--input-type=module', '-e', client]);
      expect(clean.code).toBe(0);
      expect(lastLine(clean.stderr)).toMatch(/^group-apis-contract: kore-ai: 1 exchange match \S*openapi\.yaml$/);
      const failing = await runBuiltCli(['proxy', '--api', 'kore-ai', '--upstream', upstream.baseUrl, '--', process.execPath, '--input-type=module', '-e', `${client}; process.exit(4);`]);
      expect(failing.code).toBe(1);
      expect(lastLine(failing.stderr)).toBe(`group-apis-contract: ${process.execPath} exited with status 4 (no contract violation)`);
      const idle = await runBuiltCli(['proxy', '--api', 'kore-ai', '--upstream', upstream.baseUrl, '--', process.execPath, '-e', '0']);
      expect(idle.code).toBe(2);
      expect(lastLine(idle.stderr)).toBe('group-apis-contract: error: kore-ai: no exchange was checked');
    } finally {
      await upstream.close();
    }
  });

  it('serves the report while running and prints it on SIGTERM, exit status from the violations', async () => {
    const upstream = await startSpecUpstream(api('kore-ai'), { operation: 'listGroups', status: 418 });
    const child = startBuiltCli(['proxy', '--api', 'kore-ai', '--upstream', upstream.baseUrl, '--format', 'json', '--header', 'auth: KORE-REAL-SECRET']);
    try {
      const [, url] = await child.waitForLine(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      expect((await fetch(`${url}/groups`)).status).toBe(418);
      const summary = (await (await fetch(`${url}/__contract/report`)).json()) as { exitCode: number; reason: string };
      expect(summary).toMatchObject({ exitCode: 1, reason: 'kore-ai: 1 violation in 1 of 1 exchange' });
      child.kill('SIGTERM');
      const run = await child.done;
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: Array<{ message: string }> };
      expect(report.findings[0]!.message).toBe('expected one of 200, 400, 401, 403, 429, got 418 (undocumented status)');
    } finally {
      child.kill('SIGKILL');
      await upstream.close();
    }
  });
});
