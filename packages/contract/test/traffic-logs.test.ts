import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { verifyHar, verifyNdjson } from '../src/har.js';
import { MAX_FINDINGS } from '../src/report/report.js';
import { runInProcess } from './helpers/run-cli.js';
import { apisWithSpecs } from './helpers/spec-upstream.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-traffic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = apisWithSpecs().find((api) => api.name === 'kore-ai')!.spec;
const url = (query: string) => `https://bots.kore.ai/api/public/groups${query}`;
const page = (userCount: unknown) => ({ total: 1, availableMore: false, groups: [{ _id: 'e-1', gN: 'Ops', gDesc: 'Operations', groups: [], users: [], userCount }] });

function harOf(entries: Array<{ query: string; body: unknown; status?: number }>): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      entries: entries.map(({ query, body, status }) => ({
        request: { method: 'GET', url: url(query), headers: [{ name: 'auth', value: 'HAR-SECRET-JWT' }] },
        response: { status: status ?? 200, headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: JSON.stringify(body) } },
      })),
    },
  });
}

describe('verify --ndjson: one exchange a line', () => {
  it('reads the flat line form and HAR entries alike, body as text or as parsed JSON', async () => {
    const lines = [
      { method: 'GET', url: url('?limit=2'), requestHeaders: { auth: 'NDJSON-SECRET' }, status: 200, responseHeaders: { 'Content-Type': 'application/json' }, responseBody: JSON.stringify(page(2)) },
      { method: 'get', url: url('?limit=3'), requestHeaders: { auth: ['NDJSON-SECRET'] }, status: 200, responseHeaders: { 'content-type': 'application/json' }, responseBody: page('2') },
      JSON.parse(harOf([{ query: '?limit=4', body: page('3') }])).log.entries[0],
      { method: 'GET', url: url('?limit=5'), requestHeaders: { auth: 'NDJSON-SECRET' }, status: 200, responseHeaders: { 'content-type': 'application/json' }, responseBody: Buffer.from(JSON.stringify(page(1))).toString('base64'), responseBodyEncoding: 'base64' },
    ];
    const file = join(dir, 'traffic.ndjson');
    writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n\n`);
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--ndjson', file, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { mode: string; exchanges: number; findings: Array<{ message: string; count: number; first: Array<{ source: string }> }> };
    expect(report.mode).toBe('ndjson');
    expect(report.exchanges).toBe(4);
    // Lines 2 and 3 break the same rule with different values: two findings, each with its line.
    expect(report.findings.map((finding) => [finding.message, finding.count, finding.first.map((exchange) => exchange.source)])).toEqual([
      ['expected integer, got string "2"', 1, ['line 2']],
      ['expected integer, got string "3"', 1, ['line 3']],
    ]);
    expect(run.stdout).not.toContain('SECRET');
  });
});

describe('verify --ndjson -: standard input', () => {
  it('reads the log from a stream', async () => {
    const { Readable } = await import('node:stream');
    const { readNdjson } = await import('../src/traffic/ndjson-reader.js');
    const input = Readable.from([`${JSON.stringify({ method: 'GET', url: url(''), status: 200 })}\n`, '\n', `${JSON.stringify({ method: 'GET', url: url('?limit=2'), status: 200 })}\n`]);
    const lines = [];
    for await (const line of readNdjson('-', input)) lines.push(line.line);
    expect(lines).toEqual([1, 3]);
  });
});

describe('folding', () => {
  it('the same violation in many exchanges is one finding with its count and first exchanges', async () => {
    const entries = Array.from({ length: 40 }, (_, index) => ({ query: `?offset=${index}`, body: page('2') }));
    const file = join(dir, 'repeated.har');
    writeFileSync(file, harOf([...entries, { query: '?limit=2', body: page(1) }]));
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--har', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        'listGroups (GET /groups): 41 exchange(s), 40 failing',
        '  FAIL response body /groups/0/userCount: expected integer, got string "2" (40 exchanges)',
        '       first in: GET /api/public/groups?offset=0 -> 200 (HAR entry 1); GET /api/public/groups?offset=1 -> 200 (HAR entry 2); GET /api/public/groups?offset=2 -> 200 (HAR entry 3) (and 37 more)',
      ].join('\n'),
    );
    expect(run.stdout.match(/FAIL/g)).toHaveLength(1);
    expect(run.stderr).toBe('group-apis-contract: kore-ai: 40 violations in 40 of 41 exchanges\n');
    expect(run.stdout).not.toContain('HAR-SECRET');
  });

  it(`keeps at most ${MAX_FINDINGS} distinct findings and counts the rest`, async () => {
    const contract = await loadContract('kore-ai', spec);
    const entries = Array.from({ length: MAX_FINDINGS + 5 }, (_, index) => ({ query: `?offset=${index}`, body: page(`distinct-${index}`) }));
    const file = join(dir, 'distinct.har');
    writeFileSync(file, harOf(entries));
    const report = await verifyHar(contract, file);
    expect(report.findings).toHaveLength(MAX_FINDINGS);
    expect(report.unlistedViolations).toBe(5);
    expect(report.violations).toBe(MAX_FINDINGS + 5);
  });

  it('an entry whose response body is over the limit is skipped, saying so', async () => {
    const contract = await loadContract('kore-ai', spec);
    const file = join(dir, 'large.har');
    writeFileSync(file, harOf([{ query: '?limit=1', body: { ...page(1), padding: 'x'.repeat(2_000) } }, { query: '?limit=2', body: page(1) }]));
    const report = await verifyHar(contract, file, { maxResponseBytes: 1_000 });
    expect(report.exchanges).toBe(1);
    expect(report.skipped).toEqual([expect.stringMatching(/^HAR entry 1: https:\/\/bots\.kore\.ai\/api\/public\/groups\?limit=1 has a response body of \d+ bytes, over the 1000-byte limit \(--max-response-bytes\)$/)]);
    const ndjson = join(dir, 'large.ndjson');
    writeFileSync(ndjson, `${JSON.stringify({ method: 'GET', url: url(''), status: 200, responseBody: 'x'.repeat(2_000) })}\n`);
    expect((await verifyNdjson(contract, ndjson, { maxResponseBytes: 1_000 })).skippedCount).toBe(1);
  });

  it('an entry or line over 4 times the limit stops the run before it is held whole', async () => {
    const contract = await loadContract('kore-ai', spec);
    const file = join(dir, 'huge.har');
    writeFileSync(file, harOf([{ query: '?limit=1', body: page(1) }, { query: '?limit=2', body: { ...page(1), padding: 'x'.repeat(2_000_000) } }]));
    await expect(verifyHar(contract, file, { maxResponseBytes: 100_000 })).rejects.toThrow(`${file}: HAR entry 2 is over 400000 characters; it is not read whole (raise --max-response-bytes: entries may be 4 times that)`);
    const ndjson = join(dir, 'huge.ndjson');
    writeFileSync(ndjson, `${JSON.stringify({ method: 'GET', url: url(''), status: 200 })}\n${JSON.stringify({ method: 'GET', url: url(''), status: 200, responseBody: 'x'.repeat(2_000_000) })}\n`);
    await expect(verifyNdjson(contract, ndjson, { maxResponseBytes: 100_000 })).rejects.toThrow(`${ndjson}:2: NDJSON line is over 400000 characters`);
  });
});

describe('--version and per-command --help', () => {
  it('prints the package version', async () => {
    const run = await runInProcess(['--version']);
    expect(run).toEqual({ code: 0, stdout: 'group-apis-contract 0.1.0\n', stderr: '' });
  });

  it.each(['verify', 'proxy', 'diff'])('%s --help prints that command\'s usage only', async (command) => {
    const run = await runInProcess([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`Usage: group-apis-contract ${command} [options]\n`)).toBe(true);
    for (const other of ['verify', 'proxy', 'diff'].filter((name) => name !== command)) expect(run.stdout).not.toContain(`  ${other} --`);
    expect(run.stdout).toContain('--max-response-bytes');
    expect(await runInProcess(['help', command])).toEqual(run);
  });
});
