import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { packageDir, runInProcess } from './helpers/run-cli.js';
import { apisWithSpecs, successExample } from './helpers/spec-upstream.js';

const fixture = (name: string) => join(packageDir, 'test', 'fixtures', name);

function violationLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('  FAIL '))
    .map((line) => line.slice('  FAIL '.length));
}

interface JsonFinding {
  operation?: { id: string };
  kind: string;
  location: string;
  pointer: string;
  message: string;
  count: number;
  first: Array<{ request: string; status: number; source: string }>;
  spec?: { file: string; line: number; column: number; pointer: string };
  reproduce?: string;
}

describe('verify --har', () => {
  it('passes recorded traffic that matches the spec, skipping what is outside the base URL', async () => {
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--har', fixture('kore-ai.clean.har'), '--base-url', 'https://bots.kore.ai/api/public']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('listGroups (GET /groups): 3 exchange(s), all pass');
    expect(run.stdout).toContain('HAR entry 4: https://bots.kore.ai/static/app.js is outside https://bots.kore.ai/api/public');
    expect(run.stderr).toMatch(/^group-apis-contract: kore-ai: 3 exchanges match \S*specs\/kore-ai\/openapi\.yaml\n$/);
  });

  it('reports each drift in recorded traffic with operation and pointer, exit 1', async () => {
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--har', fixture('kore-ai.drift.har'), '--base-url', 'https://bots.kore.ai/api/public', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const flat = report.findings.map((finding) => ({ operation: finding.operation?.id, source: finding.first.map((exchange) => exchange.source).join(), count: finding.count, kind: finding.kind, location: finding.location, pointer: finding.pointer, message: finding.message }));
    expect(flat).toEqual([
      { operation: 'listGroups', source: 'HAR entry 1', count: 1, kind: 'body', location: 'response body', pointer: '/groups/0/userCount', message: 'expected integer, got string "2"' },
      { operation: 'listGroups', source: 'HAR entry 2', count: 1, kind: 'parameter', location: 'request query parameter limit', pointer: '', message: 'expected <= 50, got integer 100' },
      { operation: 'listGroups', source: 'HAR entry 3', count: 1, kind: 'status', location: 'response status', pointer: '', message: 'expected one of 200, 400, 401, 403, 429, got 502 (undocumented status)' },
      { operation: undefined, source: 'HAR entry 4', count: 1, kind: 'operation', location: 'request', pointer: '', message: 'no path in the spec matches /api/public/groups/e-eed8e93a (undocumented operation)' },
      // This entry's body is base64-encoded in the HAR.
      { operation: 'listGroups', source: 'HAR entry 5', count: 1, kind: 'body', location: 'response body', pointer: '/total', message: 'required property is missing' },
    ]);
    expect(run.stderr).toBe('group-apis-contract: kore-ai: 5 violations in 5 of 5 exchanges\n');
  });

  it('without --base-url, skips entries whose path is in no operation', async () => {
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--har', fixture('kore-ai.drift.har')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('HAR entry 4: https://bots.kore.ai/api/public/groups/e-eed8e93a matches no path in the spec');
    expect(run.stderr).toBe('group-apis-contract: kore-ai: 4 violations in 4 of 4 exchanges\n');
  });

  it("reads Passbolt's bracketed deepObject queries, [] and indexed arrays alike", async () => {
    const run = await runInProcess(['verify', '--api', 'passbolt', '--har', fixture('passbolt.brackets.har')]);
    expect(run.code).toBe(1);
    // Entry 1 (`filter[has-users][]=` twice, `contain[user]=1`) passes: no violation names it.
    expect(run.stdout).not.toContain('(HAR entry 1)');
    expect(violationLines(run.stdout)).toEqual([
      // `order[]=` is read as `order`, and its value is allowed; only the member filter is wrong.
      'request query parameter filter /has-users/0: expected format uuid, got string "not-a-uuid"',
      // The page's `has-manager` is not the server's `has-managers`: the spec refuses it.
      'request query parameter filter /has-manager: property is not in the spec (additionalProperties: false)',
      'request query parameter contain /user: expected integer or boolean, got string "yes"',
      'request query parameter contain /user: expected one of 1, 0, true, false, got string "yes"',
    ]);
  });

  it('never prints credentials from headers, cookies or the URL, in any format', async () => {
    for (const format of ['text', 'json', 'junit']) {
      for (const [api, file] of [['passbolt', 'passbolt.brackets.har'], ['kore-ai', 'kore-ai.drift.har']] as const) {
        const run = await runInProcess(['verify', '--api', api, '--har', fixture(file), '--format', format]);
        expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET/);
      }
    }
  });
});

describe('verify --har: credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-credentials-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A HAR of Passbolt group listings, each sent with `headers` (and `cookies`), answered with the doc sample. */
  async function passboltHar(requests: Array<{ headers: Array<{ name: string; value: string }>; cookies?: Array<{ name: string; value: string }> }>): Promise<string> {
    const passbolt = apisWithSpecs().find((api) => api.name === 'passbolt')!;
    const operation = (await loadContract('passbolt', passbolt.spec)).operations[0]!;
    const { status, body } = successExample(operation);
    const entries = requests.map((request) => ({
      request: { method: 'GET', url: 'https://passbolt.local/groups.json', headers: request.headers, cookies: request.cookies ?? [] },
      response: { status, headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: JSON.stringify(body) } },
    }));
    const file = join(dir, `passbolt-${requests.length}.har`);
    writeFileSync(file, JSON.stringify({ log: { version: '1.2', entries } }));
    return file;
  }

  it('reports requests without acceptable credentials, never printing a bad credential, in every format', async () => {
    const har = await passboltHar([
      { headers: [{ name: 'Authorization', value: 'PASSBOLT-SECRET-WITHOUT-SCHEME' }] },
      // HTTP/2 sends each cookie as a header of its own.
      { headers: [{ name: 'cookie', value: 'csrfToken=PASSBOLT-SECRET-CSRF' }, { name: 'cookie', value: 'passbolt_session=PASSBOLT-SECRET-SESSION' }] },
      // Some tools record cookies only in `cookies`.
      { headers: [], cookies: [{ name: 'passbolt_session', value: 'PASSBOLT-SECRET-SESSION' }] },
      { headers: [{ name: 'Cookie', value: 'passbolt_session=' }] },
    ]);
    const expected = 'expected Authorization: Bearer (jwtBearer) or cookie passbolt_session (sessionCookie), got';
    const text = await runInProcess(['verify', '--api', 'passbolt', '--har', har]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`  FAIL request credentials: ${expected} an Authorization header without a scheme\n       in: GET /groups.json -> 200 (HAR entry 1)\n`);
    expect(text.stdout).not.toMatch(/HAR entry [23]\b/);
    expect(violationLines(text.stdout)).toEqual([`request credentials: ${expected} an Authorization header without a scheme`, `request credentials: ${expected} an empty cookie passbolt_session`]);
    expect(text.stderr).toBe('group-apis-contract: passbolt: 2 violations in 2 of 4 exchanges\n');

    const json = await runInProcess(['verify', '--api', 'passbolt', '--har', har, '--format', 'json']);
    const report = JSON.parse(json.stdout) as { findings: JsonFinding[] };
    expect(report.findings[0]).toMatchObject({ kind: 'security', location: 'request credentials', pointer: '', message: `${expected} an Authorization header without a scheme`, count: 1 });
    expect(report.findings[0]!.reproduce).toBe("curl -X GET 'https://passbolt.local/groups.json' -H 'authorization: [redacted]'");

    const junit = await runInProcess(['verify', '--api', 'passbolt', '--har', har, '--format', 'junit']);
    expect(junit.stdout).toContain(`<failure message="1 exchange(s): request credentials: ${expected} an Authorization header without a scheme">`);

    for (const run of [text, json, junit]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET/);
  });
});
