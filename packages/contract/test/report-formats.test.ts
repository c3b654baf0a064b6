import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDir, runInProcess } from './helpers/run-cli.js';

const drift = join(packageDir, 'test', 'fixtures', 'kore-ai.drift.har');
const base = ['verify', '--api', 'kore-ai', '--har', drift, '--base-url', 'https://bots.kore.ai/api/public'];

describe('report formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('text: per operation, per violation, with the pointer and what the spec expected', async () => {
    const run = await runInProcess(base);
    expect(run.stdout).toContain(
      [
        'listGroups (GET /groups)',
        '  FAIL GET /api/public/groups?offset=0&limit=2 -> 200 (HAR entry 1)',
        '       response body /groups/0/userCount: expected integer, got string "2"',
      ].join('\n'),
    );
    expect(run.stdout).toContain('(no operation in the spec)\n  FAIL GET /api/public/groups/e-eed8e93a -> 404 (HAR entry 4)');
  });

  it('json: the whole report with the verdict', async () => {
    const run = await runInProcess([...base, '--format', 'json']);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ api: 'kore-ai', mode: 'har', violations: 5, exitCode: 1, reason: 'kore-ai: 5 violations in 5 of 5 exchanges' });
    expect(report.skipped).toEqual(['HAR entry 6: https://bots.kore.ai/static/app.js is outside https://bots.kore.ai/api/public']);
  });

  it('junit: one test case per exchange, failures carrying every violation, skips listed', async () => {
    const run = await runInProcess([...base, '--format', 'junit']);
    const xml = run.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="group-apis-contract" tests="6" failures="5" errors="0" skipped="1">')).toBe(true);
    expect(xml).toContain('<testsuite name="contract kore-ai (har)" tests="6" failures="5" errors="0" skipped="1">');
    expect(xml).toContain(
      '<testcase classname="kore-ai.listGroups" name="GET /api/public/groups?offset=0&amp;limit=2 -&gt; 200 (HAR entry 1)">\n' +
        '      <failure message="1 violation(s): response body /groups/0/userCount: expected integer, got string &quot;2&quot;">response body /groups/0/userCount: expected integer, got string &quot;2&quot;</failure>',
    );
    expect(xml).toContain('<testcase classname="kore-ai.undocumented" name="GET /api/public/groups/e-eed8e93a -&gt; 404 (HAR entry 4)">');
    expect(xml).toContain('<skipped message="HAR entry 6: https://bots.kore.ai/static/app.js is outside https://bots.kore.ai/api/public"/>');
  });

  it('--output writes the chosen format to a file and the text report to stdout', async () => {
    const file = join(dir, 'nested', 'contract.xml');
    const run = await runInProcess([...base, '--format', 'junit', '--output', file]);
    expect(run.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('<testsuites name="group-apis-contract"');
    expect(run.stdout).toContain('  FAIL GET /api/public/groups?offset=0&limit=2 -> 200 (HAR entry 1)');
    expect(run.stderr).toBe('group-apis-contract: kore-ai: 5 violations in 5 of 5 exchanges\n');
  });
});
