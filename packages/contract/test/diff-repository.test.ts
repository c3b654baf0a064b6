import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuiltCli, runInProcess } from './helpers/run-cli.js';
import { createTempRepo, type TempRepo } from './helpers/temp-repo.js';

const KORE = 'specs/kore-ai/openapi.yaml';

function removeUserCount(doc: any): void {
  delete doc.components.schemas.Group.properties.userCount;
  doc.components.schemas.Group.required = doc.components.schemas.Group.required.filter((name: string) => name !== 'userCount');
}

describe('diff --base <ref> in a git repository that uses changesets', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo(['kore-ai']);
    repo.write('.changeset/config.json', '{}\n');
    repo.write('packages/kore-ai/package.json', '{ "name": "@group-apis/kore-ai" }\n');
    repo.commit('changesets');
  });
  afterEach(() => repo.remove());

  it('passes (exit 0) when the working tree has only non-breaking changes', async () => {
    repo.editYaml(KORE, (doc) => doc.paths['/groups'].get.parameters.push({ name: 'search', in: 'query', required: false, description: 'Name filter.', schema: { type: 'string' } }));
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kore-ai (specs/kore-ai/openapi.yaml): 0 breaking, 0 warning(s), 1 non-breaking');
    expect(run.stdout).toContain('ok       listGroups (GET /groups): query parameter search: new optional parameter [optional-parameter-added]');
    expect(run.stderr).toBe('group-apis-contract: no breaking change since main (1 non-breaking)\n');
  });

  it('fails (exit 1) on a breaking change and says how to declare it', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BREAKING listGroups (GET /groups): response 200 application/json body /groups/*/userCount: property removed [response-property-removed]');
    expect(run.stderr).toBe(
      'group-apis-contract: 1 breaking change(s) in kore-ai since main; declare them with a changeset ("@group-apis/kore-ai": major), list them in accepted-breaking-changes.yaml (rule, operation, reason), or revert them\n',
    );
  });

  it('accepts a breaking change declared by a changeset with a major bump of the package', async () => {
    repo.editYaml(KORE, removeUserCount);
    repo.write('.changeset/minor-docs.md', '---\n"@group-apis/kore-ai": minor\n---\n\nDocs.\n');
    expect((await runInProcess(['diff', '--base', 'main'], {}, repo.dir)).code).toBe(1);
    repo.write('.changeset/drop-user-count.md', '---\n"@group-apis/kore-ai": major\n"@group-apis/core": patch\n---\n\nGroups no longer carry userCount.\n');
    const run = await runInProcess(['diff', '--base', 'main'], {}, repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kore-ai (specs/kore-ai/openapi.yaml): 1 breaking, 0 warning(s), 0 non-breaking; declared by .changeset/drop-user-count.md');
    expect(run.stderr).toBe('group-apis-contract: 1 breaking change(s) since main, all declared or accepted\n');
  });

  it('compares two refs with --head, reading changesets from the head ref', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    repo.editYaml(KORE, removeUserCount);
    repo.commit('drop userCount');
    repo.git('checkout', '-q', 'main');
    const run = await runInProcess(['diff', '--base', 'main', '--head', 'feature', '--format', 'json'], {}, repo.dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { head: string; apis: Array<{ api: string; changes: Array<{ rule: string; level: string; location: string }> }> };
    expect(report.head).toBe('feature');
    expect(report.apis[0]!.changes).toEqual([
      {
        rule: 'response-property-removed',
        level: 'error',
        operation: 'listGroups (GET /groups)',
        endpoint: 'GET /groups',
        location: 'response 200 application/json body /groups/*/userCount',
        message: 'property removed',
      },
    ]);
  });

  it('lists a new API as non-breaking and a removed one as breaking', async () => {
    repo.write('redocly.yaml', 'apis:\n  kore-ai:\n    root: specs/kore-ai/openapi.yaml\n  copy:\n    root: specs/copy/openapi.yaml\n');
    repo.write('specs/copy/openapi.yaml', repo.git('show', `main:${KORE}`));
    const added = await runInProcess(['diff', '--base', 'main', '--format', 'json'], {}, repo.dir);
    expect(added.code).toBe(0);
    expect((JSON.parse(added.stdout) as { apis: Array<{ api: string; changes: Array<{ rule: string }> }> }).apis.map((api) => [api.api, api.changes.map((c) => c.rule)])).toEqual([
      ['kore-ai', []],
      ['copy', ['api-added']],
    ]);
    repo.commit('add copy');
    repo.write('redocly.yaml', 'apis:\n  kore-ai:\n    root: specs/kore-ai/openapi.yaml\n');
    const removed = await runInProcess(['diff', '--base', 'HEAD'], {}, repo.dir);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toContain('BREAKING spec: API removed (its spec is gone from working tree) [api-removed]');
    // No packages/copy client here: no changeset to suggest for it.
    expect(removed.stderr).toBe('group-apis-contract: 1 breaking change(s) in copy since HEAD; list them in accepted-breaking-changes.yaml (rule, operation, reason) or revert them\n');
  });

  it('diffs a spec given by path in a repository without redocly.yaml', async () => {
    repo.git('rm', '-q', 'redocly.yaml');
    repo.commit('no redocly.yaml');
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main', '--api', KORE], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('specs/kore-ai/openapi.yaml: 1 breaking, 0 warning(s), 0 non-breaking');
    // A spec path is no package of this repository: no changeset to suggest.
    expect(run.stderr).toBe(
      'group-apis-contract: 1 breaking change(s) in specs/kore-ai/openapi.yaml since main; list them in accepted-breaking-changes.yaml (rule, operation, reason) or revert them\n',
    );
  });

  it('writes a JUnit report with --output and prints the text summary', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'main', '--format', 'junit', '--output', 'reports/diff.xml'], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BREAKING listGroups (GET /groups)');
    const { readFileSync } = await import('node:fs');
    const xml = readFileSync(`${repo.dir}/reports/diff.xml`, 'utf8');
    expect(xml).toContain('<testcase classname="kore-ai.diff" name="kore-ai: no undeclared breaking change">');
    expect(xml).toContain('<failure message="1 breaking change(s): listGroups (GET /groups): response 200 application/json body /groups/*/userCount: property removed [response-property-removed]">');
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

describe('diff outside this monorepo: spec paths, no redocly.yaml, no changesets', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo(['kore-ai']);
    repo.git('rm', '-q', 'redocly.yaml');
    repo.commit('no redocly.yaml');
  });
  afterEach(() => repo.remove());

  it('exits 2 when there is nothing to compare (no redocly.yaml, no spec named)', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'HEAD'], {}, repo.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^group-apis-contract: error: nothing to compare: no redocly\.yaml with apis in .+; name the specs \(diff --base HEAD path\/to\/openapi\.yaml\)\n$/);
  });

  it('takes spec paths as arguments (diff --base HEAD specs/x.yaml) and suggests an accepted-changes entry, not a changeset', async () => {
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', '--base', 'HEAD', KORE], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BREAKING listGroups (GET /groups): response 200 application/json body /groups/*/userCount: property removed [response-property-removed]');
    expect(run.stderr).not.toContain('changeset');
    expect(run.stderr).toContain('list them in accepted-breaking-changes.yaml (rule, operation, reason) or revert them');
  });

  it('accepts a breaking change listed in accepted-breaking-changes.yaml (rule + operation + reason)', async () => {
    repo.editYaml(KORE, removeUserCount);
    repo.write(
      'accepted-breaking-changes.yaml',
      '# Reviewed like code.\n- rule: response-property-removed\n  operation: GET /groups\n  reason: Groups no longer carry userCount (announced 2026-11-01).\n',
    );
    const run = await runInProcess(['diff', '--base', 'HEAD', KORE], {}, repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('accepted listGroups (GET /groups): response 200 application/json body /groups/*/userCount: property removed [response-property-removed] (accepted: Groups no longer carry userCount (announced 2026-11-01).)');
    expect(run.stderr).toBe('group-apis-contract: 1 breaking change(s) since HEAD, all declared or accepted\n');
  });

  it('an entry for another operation or rule accepts nothing, and is reported as stale', async () => {
    repo.editYaml(KORE, removeUserCount);
    repo.write('accepted-breaking-changes.yaml', '- rule: response-property-removed\n  operation: listBots\n  reason: elsewhere\n');
    const run = await runInProcess(['diff', '--base', 'HEAD', KORE], {}, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('accepted-breaking-changes.yaml: accepts nothing in this diff, remove it: response-property-removed listBots');
  });

  it('matches an entry by operationId and location, and reads --accept <file>', async () => {
    repo.editYaml(KORE, removeUserCount);
    repo.write('ci/accepted.yaml', '- rule: response-property-removed\n  operation: listGroups\n  location: response 200 application/json body /groups/*/userCount\n  reason: dropped\n');
    const run = await runInProcess(['diff', '--base', 'HEAD', KORE, '--accept', 'ci/accepted.yaml'], {}, repo.dir);
    expect(run.code).toBe(0);
  });

  it('refuses a malformed accepted-changes file with one line and exit 2', async () => {
    repo.write('accepted-breaking-changes.yaml', '- rule: response-field-gone\n  operation: GET /groups\n  reason: typo in the rule id\n');
    const unknownRule = await runInProcess(['diff', '--base', 'HEAD', KORE], {}, repo.dir);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toBe(`group-apis-contract: error: accepted-breaking-changes.yaml: entry 1: unknown rule "response-field-gone" (the rule ids are in the README's rule table)\n`);
    repo.write('accepted-breaking-changes.yaml', '- rule: response-property-removed\n  operation: GET /groups\n');
    const noReason = await runInProcess(['diff', '--base', 'HEAD', KORE], {}, repo.dir);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toBe('group-apis-contract: error: accepted-breaking-changes.yaml: entry 1: reason is required\n');
  });

  it('compares two spec files without git (diff old.yaml new.yaml)', async () => {
    repo.write('old/openapi.yaml', repo.git('show', `HEAD:${KORE}`));
    repo.editYaml(KORE, removeUserCount);
    const run = await runInProcess(['diff', 'old/openapi.yaml', KORE, '--format', 'json'], {}, repo.dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { base: string; head: string; exitCode: number; apis: Array<{ changes: Array<{ rule: string }> }> };
    expect([report.base, report.head, report.exitCode]).toEqual(['old/openapi.yaml', KORE, 1]);
    expect(report.apis[0]!.changes.map((change) => change.rule)).toEqual(['response-property-removed']);
  });

  it('exits 2 for a single spec without --base, and for a missing file', async () => {
    const one = await runInProcess(['diff', KORE], {}, repo.dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('group-apis-contract: error: diff: --base <git ref> is required, unless two spec files are given (diff old.yaml new.yaml)\n');
    const missing = await runInProcess(['diff', 'nope.yaml', KORE], {}, repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('group-apis-contract: error: spec not found: nope.yaml\n');
  });
});
