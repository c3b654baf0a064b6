import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDir, runInProcess } from './helpers/run-cli.js';

const drift = join(packageDir, 'test', 'fixtures', 'kore-ai.drift.har');
// The spec as reports name it: relative to the working directory when inside it, else absolute.
const spec = join(packageDir, '..', '..', 'specs', 'kore-ai', 'openapi.yaml');
const specLines = readFileSync(spec, 'utf8').split('\n');
// 1-based line of the first `keyword` line after the line `after` (the spec moves as it is edited).
const lineAfter = (after: string, keyword: string): number => {
  const start = specLines.findIndex((line) => line.trim() === after);
  return specLines.findIndex((line, index) => index > start && line.trim() === keyword) + 1;
};
const userCountType = lineAfter('userCount:', 'type: integer');
const limitMaximum = lineAfter('name: limit', 'maximum: 50');
const base = ['verify', '--api', 'kore-ai', '--har', drift, '--base-url', 'https://bots.kore.ai/api/public'];

describe('report formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('text: per operation, each violation with its exchanges, the spec line and a curl command', async () => {
    const run = await runInProcess(base);
    expect(run.stdout).toContain(
      [
        'listGroups (GET /groups): 4 exchange(s), 4 failing',
        '  FAIL response body /groups/0/userCount: expected integer, got string "2"',
        '       in: GET /api/public/groups?offset=0&limit=2 -> 200 (HAR entry 1)',
        `       spec: ${spec}:${userCountType}:11 /paths/~1groups/get/responses/200/content/application~1json/schema/properties/groups/items/properties/userCount/type`,
        "       reproduce: curl -X GET 'https://bots.kore.ai/api/public/groups?offset=0&limit=2' -H 'accept: application/json' -H 'auth: [redacted]'",
        '  FAIL request query parameter limit: expected <= 50, got integer 100',
        '       in: GET /api/public/groups?limit=100 -> 200 (HAR entry 2)',
        `       spec: ${spec}:${limitMaximum}:13 /paths/~1groups/get/parameters/1/schema/maximum`,
      ].join('\n'),
    );
    expect(run.stdout).toContain('(no operation in the spec): 1 exchange(s), 1 failing\n  FAIL request: no path in the spec matches /api/public/groups/e-eed8e93a (undocumented operation)\n       in: GET /api/public/groups/e-eed8e93a -> 404 (HAR entry 4)');
  });

  it('the spec line points at the broken keyword, through $refs', () => {
    // userCount's type is written in components (the response $refs GroupList), and limit's maximum in the operation.
    expect(userCountType).toBeGreaterThan(0);
    expect(limitMaximum).toBeGreaterThan(0);
    expect(userCountType).toBeGreaterThan(specLines.findIndex((line) => line.trim() === 'components:'));
    expect(limitMaximum).toBeLessThan(specLines.findIndex((line) => line.trim() === 'components:'));
  });

  it('json: the whole report with the verdict', async () => {
    const run = await runInProcess([...base, '--format', 'json']);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ api: 'kore-ai', mode: 'har', exchanges: 5, failing: 5, violations: 5, unlistedViolations: 0, skippedCount: 1, exitCode: 1, reason: 'kore-ai: 5 violations in 5 of 5 exchanges' });
    expect(report.skipped).toEqual(['HAR entry 6: https://bots.kore.ai/static/app.js is outside https://bots.kore.ai/api/public']);
    expect(report.operations).toEqual([
      { label: 'listGroups (GET /groups)', id: 'listGroups', exchanges: 4, failing: 4 },
      { label: '(no operation in the spec)', exchanges: 1, failing: 1 },
    ]);
    expect((report.findings as unknown[])[0]).toEqual({
      operation: { id: 'listGroups', method: 'GET', path: '/groups' },
      kind: 'body',
      location: 'response body',
      pointer: '/groups/0/userCount',
      message: 'expected integer, got string "2"',
      schemaPath: '/paths/~1groups/get/responses/200/content/application~1json/schema/properties/groups/items/properties/userCount/type',
      count: 1,
      first: [{ request: 'GET /api/public/groups?offset=0&limit=2', status: 200, source: 'HAR entry 1' }],
      spec: { file: spec, line: 212, column: 11, pointer: '/paths/~1groups/get/responses/200/content/application~1json/schema/properties/groups/items/properties/userCount/type' },
      reproduce: "curl -X GET 'https://bots.kore.ai/api/public/groups?offset=0&limit=2' -H 'accept: application/json' -H 'auth: [redacted]'",
    });
  });

  it('junit: one failing test case per distinct violation, with the same fields as json, skips listed', async () => {
    const run = await runInProcess([...base, '--format', 'junit']);
    const xml = run.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="group-apis-contract" tests="6" failures="5" errors="0" skipped="1">')).toBe(true);
    expect(xml).toContain('<testsuite name="contract kore-ai (har)" tests="6" failures="5" errors="0" skipped="1">');
    expect(xml).toContain(
      '<testcase classname="kore-ai.listGroups" name="response body /groups/0/userCount: expected integer, got string &quot;2&quot;">\n' +
        '      <failure message="1 exchange(s): response body /groups/0/userCount: expected integer, got string &quot;2&quot;">response body /groups/0/userCount: expected integer, got string &quot;2&quot;\n' +
        'in: GET /api/public/groups?offset=0&amp;limit=2 -&gt; 200 (HAR entry 1)\n' +
        `spec: ${spec}:212:11 /paths/~1groups/get/responses/200/content/application~1json/schema/properties/groups/items/properties/userCount/type\n` +
        "reproduce: curl -X GET 'https://bots.kore.ai/api/public/groups?offset=0&amp;limit=2' -H 'accept: application/json' -H 'auth: [redacted]'</failure>",
    );
    expect(xml).toContain('<testcase classname="kore-ai.undocumented" name="request: no path in the spec matches /api/public/groups/e-eed8e93a (undocumented operation)">');
    expect(xml).toContain('<skipped message="HAR entry 6: https://bots.kore.ai/static/app.js is outside https://bots.kore.ai/api/public"/>');
  });

  it('--format json does not build the text report (it is built only for --output)', async () => {
    const { parseCli } = await import('../src/cli-options.js');
    const { runVerify } = await import('../src/commands/verify.js');
    const request = parseCli([...base, '--format', 'json']);
    if ('version' in request || request.help) throw new Error('expected a command');
    const outcome = await runVerify(request, {}, packageDir);
    expect(typeof outcome.text).toBe('function');
    expect(JSON.parse(outcome.report)).toMatchObject({ exchanges: 5 });
  });

  it('--output writes the chosen format to a file and the text report to stdout', async () => {
    const file = join(dir, 'nested', 'contract.xml');
    const run = await runInProcess([...base, '--format', 'junit', '--output', file]);
    expect(run.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('<testsuites name="group-apis-contract"');
    expect(run.stdout).toContain('       in: GET /api/public/groups?offset=0&limit=2 -> 200 (HAR entry 1)');
    expect(run.stderr).toBe('group-apis-contract: kore-ai: 5 violations in 5 of 5 exchanges\n');
  });
});
