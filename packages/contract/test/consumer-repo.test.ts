import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, runBuiltCli } from './helpers/run-cli.js';

describe('in a consuming repository (no redocly.yaml, no specs)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'contract-consumer-'));
    cpSync(join(packageDir, 'test', 'fixtures', 'kore-ai.drift.har'), join(dir, 'traffic.har'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('knows each API by name from the specs bundled into the package', async () => {
    const run = await runBuiltCli(['verify', '--api', 'kore-ai', '--har', 'traffic.har'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^kore-ai: 4 exchange\(s\) checked against \S+dist\/specs\/kore-ai\.json \(har: traffic\.har\), 4 violation\(s\)/);
    expect(run.stdout).toContain('response body /groups/0/userCount: expected integer, got string "2"');
  });
});
