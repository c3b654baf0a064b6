import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuiltCli, runInProcess } from './helpers/run-cli.js';
import { createTempRepo, type TempRepo } from './helpers/temp-repo.js';

const KORE = 'specs/kore-ai/openapi.yaml';

function removeUserCount(doc: any): void {
  delete doc.components.schemas.Group.properties.userCount;
  doc.components.schemas.Group.required = doc.components.schemas.Group.required.filter((name: string) => name !== 'userCount');
}

describe('diff --base <ref> in a git repository', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo(['kore-ai']);
  });
  afterEach(() => repo.remove());

  it('passes (exit 0) when the working tree has only non-breaking changes', async () => {
    repo.editYaml(KORE, (doc) => doc.paths['/groups'].get.parameters.push({ name: 'search', in: 'query', required: false, description: 'Name filter.', schema: { type: 'string' } }));
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kore-ai (specs/kore-ai/openapi.yaml): 0 breaking, 1 non-breaking');
    expect(run.stdout).toContain('ok       listGroups (GET /groups): query parameter search: new optional parameter [parameter-added]');
    expect(run.stderr).toBe('group-apis-contract: no breaking change since main (1 non-breaking)\n');
  });

  it('fails (exit 1) on a breaking change and says how to declare it', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BREAKING listGroups (GET /groups): response 200 application/json body /groups/*/userCount: response field removed [field-removed]');
    expect(run.stderr).toBe(
      'group-apis-contract: 1 breaking change(s) in kore-ai since main; declare them with a changeset ("@group-apis/kore-ai": major) or revert them\n',
    );
  });

  it('accepts a breaking change declared by a changeset with a major bump of the package', async () => {
    repo.editYaml(KORE, removeUserCount);
    repo.write('.changeset/minor-docs.md', '---\n"@group-apis/kore-ai": minor\n---\n\nDocs.\n');
    expect((await runInProcess(['diff', '--base', 'main'], {}, repo.dir)).code).toBe(1);
    repo.write('.changeset/drop-user-count.md', '---\n"@group-apis/kore-ai": major\n"@group-apis/core": patch\n---\n\nGroups no longer carry userCount.\n');
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kore-ai (specs/kore-ai/openapi.yaml): 1 breaking, 0 non-breaking; declared by .changeset/drop-user-count.md');
    expect(run.stderr).toBe('group-apis-contract: 1 breaking change(s) since main, all declared by major changesets\n');
  });

  it('compares two refs with --head, reading changesets from the head ref', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    repo.editYaml(KORE, removeUserCount);
    repo.commit('drop userCount');
    repo.git('checkout', '-q', 'main');
    const run = await runInProcess(['diff', '--base', 'main', '--head', 'feature', '--format', 'json'], {}, repo.dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { head: string; apis: Array<{ api: string; changes: Array<{ kind: string; severity: string; location: string }> }> };
    expect(report.head).toBe('feature');
    expect(report.apis[0]!.changes).toEqual([
      expect.objectContaining({ kind: 'field-removed', severity: 'breaking', location: 'response 200 application/json body /groups/*/userCount' }),
    ]);
  });

  it('lists a new API as non-breaking and a removed one as breaking', async () => {
    repo.write('redocly.yaml', 'apis:\n  kore-ai:\n    root: specs/kore-ai/openapi.yaml\n  copy:\n    root: specs/copy/openapi.yaml\n');
    repo.write('specs/copy/openapi.yaml', repo.git('show', `main:${KORE}`));
    const added = await runInProcess(['diff', '--base', 'main', '--format', 'json'], {}, repo.dir);
    expect(added.code).toBe(0);
    expect((JSON.parse(added.stdout) as { apis: Array<{ api: string; changes: Array<{ kind: string }> }> }).apis.map((api) => [api.api, api.changes.map((c) => c.kind)])).toEqual([
      ['kore-ai', []],
      ['copy', ['api-added']],
    ]);
    repo.commit('add copy');
    repo.write('redocly.yaml', 'apis:\n  kore-ai:\n    root: specs/kore-ai/openapi.yaml\n');
    const removed = await runInProcess(['diff', '--base', 'HEAD'], {}, repo.dir);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toContain('BREAKING spec: API removed (its spec is gone from working tree) [api-removed]');
  });

  it('diffs a spec given by path in a repository without redocly.yaml', async () => {
    repo.git('rm', '-q', 'redocly.yaml');
    repo.commit('no redocly.yaml');
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main', '--api', KORE], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('specs/kore-ai/openapi.yaml (specs/kore-ai/openapi.yaml): 1 breaking, 0 non-breaking');
  });

  it('writes a JUnit report with --output and prints the text summary', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main', '--format', 'junit', '--output', 'reports/diff.xml'], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BREAKING listGroups (GET /groups)');
    const { readFileSync } = await import('node:fs');
    const xml = readFileSync(`${repo.dir}/reports/diff.xml`, 'utf8');
    expect(xml).toContain('<testcase classname="kore-ai.diff" name="kore-ai: no undeclared breaking change">');
    expect(xml).toContain('<failure message="1 breaking change(s): listGroups (GET /groups): response 200 application/json body /groups/*/userCount: response field removed [field-removed]">');
  });

  it('exits 2 with one line for an unknown ref, and for malformed YAML with file and line', async () => {
    const unknown = await runBuiltCli(['diff', '--base', 'no-such-branch'], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('group-apis-contract: error: unknown git ref "no-such-branch" (fetch it first, e.g. git fetch origin no-such-branch)\n');

    repo.write(KORE, `${repo.git('show', `main:${KORE}`)}\n  broken: [unclosed\n`);
    const malformed = await runBuiltCli(['diff', '--base', 'main'], { cwd: repo.dir });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^group-apis-contract: error: specs\/kore-ai\/openapi\.yaml:\d+:\d+: .+ \(malformed YAML\)\n$/);
  });
});
