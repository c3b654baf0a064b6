import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillSkeleton } from './support/fill-spec.js';
import { lineOf } from './support/redocly-config.js';
import { findRepoRoot, gitStatus } from './support/repo.js';
import { childEnv, runNode, type RunResult } from './support/run-node.js';
import { copyRepo, type TempRepo } from './support/temp-repo.js';

const source = findRepoRoot();
const API = 'widget-probe';
const BASE_URL = 'https://api.widget-probe.invalid/v2';
const SPEC = `specs/${API}/openapi.yaml`;
const PACKAGE = `packages/${API}`;
const filledParts = readFileSync(new URL('./fixtures/widgets-filled.yaml', import.meta.url), 'utf8');

const SCAFFOLDED_FILES = [
  `${PACKAGE}/README.md`,
  `${PACKAGE}/package.json`,
  `${PACKAGE}/src/index.ts`,
  `${PACKAGE}/test/conformance.test.ts`,
  `${PACKAGE}/tsconfig.build.json`,
  `${PACKAGE}/tsconfig.json`,
  `${PACKAGE}/turbo.json`,
  `${PACKAGE}/vitest.config.ts`,
  `specs/${API}/README.md`,
  SPEC,
];

function changedFiles(before: Map<string, string>, after: Map<string, string>) {
  return {
    added: [...after.keys()].filter((path) => !before.has(path)).sort(),
    modified: [...after.keys()].filter((path) => before.has(path) && before.get(path) !== after.get(path)).sort(),
    removed: [...before.keys()].filter((path) => !after.has(path)).sort(),
  };
}

function installedVersion(dependency: string): string {
  if (dependency.startsWith('@group-apis/')) {
    const folder = dependency.slice('@group-apis/'.length);
    return (JSON.parse(readFileSync(join(source, 'packages', folder, 'package.json'), 'utf8')) as { version: string }).version;
  }
  return (JSON.parse(readFileSync(join(source, 'node_modules', dependency, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('npm run new-api, end to end in a copy of the repo', () => {
  let repo: TempRepo;
  let statusBefore: string[];
  let redoclyBefore: string;
  const run = (script: string, args: string[], cwd = '.', env = childEnv()): Promise<RunResult> =>
    runNode(repo.path(script), args, { cwd: repo.path(cwd), env });
  const scaffold = (...args: string[]) => run('scripts/new-api.mjs', args);
  const tsc = (project: string) => run('node_modules/typescript/bin/tsc', ['-p', project], PACKAGE);

  beforeAll(async () => {
    statusBefore = gitStatus(source);
    redoclyBefore = readFileSync(join(source, 'redocly.yaml'), 'utf8');
    repo = copyRepo(source);
    repo.write('packages/leftover/README.md', 'A folder left behind by an earlier attempt.\n');
    // The harness reads specs through @group-apis/contract: build it first, as turbo's ^build would.
    const contract = await run('node_modules/typescript/bin/tsc', ['-p', 'packages/contract/tsconfig.build.json']);
    expect(contract.status, `building @group-apis/contract in the copy failed:\n${contract.output}`).toBe(0);
    const harness = await run('node_modules/typescript/bin/tsc', ['-p', 'packages/conformance/tsconfig.build.json']);
    expect(harness.status, `building the conformance harness in the copy failed:\n${harness.output}`).toBe(0);
    // A scaffolded client is built on @group-apis/core, as kore-ai is: its dist/ must exist in the copy too.
    const core = await run('node_modules/typescript/bin/tsc', ['-p', 'packages/core/tsconfig.build.json']);
    expect(core.status, `building @group-apis/core in the copy failed:\n${core.output}`).toBe(0);
  });
  afterAll(() => repo?.remove());

  describe('refuses, and writes nothing,', () => {
    it.each([
      ['a name that is not kebab-case', ['Widget_Probe'], 1, '"Widget_Probe" is not a valid API name: use kebab-case'],
      ['a reserved name', ['tooling'], 1, '"tooling" is reserved'],
      ['a name redocly.yaml already lists', ['kore-ai'], 1, '"kore-ai" is taken: redocly.yaml already lists apis.kore-ai'],
      ['a name whose package folder exists', ['leftover'], 1, '"leftover" is taken: packages/leftover exists'],
      ['a base URL that is not absolute', [API, '--base-url', 'api.widget-probe.invalid'], 1, 'is not an absolute URL'],
      ['an unknown option', [API, '--owner', 'me'], 2, "Unknown option '--owner'"],
      ['no name at all', [], 2, 'Missing the API name.'],
    ])('%s', async (_case, args, status, message) => {
      const before = repo.snapshot();
      const result = await scaffold(...args);
      expect(result.status, result.output).toBe(status);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain(status === 1 ? 'Nothing was written.' : 'Usage: npm run new-api');
      expect(result.stdout).toBe('');
      expect(changedFiles(before, repo.snapshot())).toEqual({ added: [], modified: [], removed: [] });
    });
  });

  describe('a new API with one operation', () => {
    it('is scaffolded: spec, spec README, client package and the redocly.yaml entry, nothing else', async () => {
      const before = repo.snapshot();
      const result = await scaffold(API, '--title', 'Widget Probe API', '--base-url', `${BASE_URL}/`);
      expect(result.status, result.output).toBe(0);
      expect(changedFiles(before, repo.snapshot())).toEqual({ added: SCAFFOLDED_FILES, modified: ['redocly.yaml'], removed: [] });

      const redocly = parse(repo.read('redocly.yaml')) as { apis: Record<string, unknown> };
      const original = parse(readFileSync(join(source, 'redocly.yaml'), 'utf8')) as { apis: Record<string, unknown> };
      expect(redocly.apis[API]).toEqual({ root: SPEC, 'x-openapi-ts': { output: `${PACKAGE}/src/generated/schema.ts` } });
      expect({ ...redocly, apis: { ...redocly.apis, [API]: undefined } }).toEqual({ ...original, apis: { ...original.apis, [API]: undefined } });

      const spec = parse(repo.read(SPEC)) as { info: { title: string }; servers: Array<{ url: string }> };
      expect(spec.info.title).toBe('Widget Probe API');
      expect(spec.servers).toEqual([{ url: BASE_URL }]);
      expect(repo.read(`${PACKAGE}/src/index.ts`)).toContain(`export const DEFAULT_BASE_URL = '${BASE_URL}';`);

      const manifest = JSON.parse(repo.read(`${PACKAGE}/package.json`)) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
      expect(manifest.name).toBe(`@group-apis/${API}`);
      for (const [dependency, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        expect(version, `${dependency} is pinned to the version installed at the root`).toBe(installedVersion(dependency));
      }
    });

    it('fails lint until every TODO is replaced, and only because of the TODOs', async () => {
      expect(repo.read('redocly.yaml'), 'redocly.yaml must define rule/no-todo (see CONTRIBUTING.md)').toContain('rule/no-todo:');
      const result = await run('scripts/lint-spec.mjs', [API]);
      expect(result.status).toBe(1);
      const problems = result.output.match(/^\[\d+\] specs\/widget-probe\/openapi\.yaml:\d+:\d+/gm) ?? [];
      const todoProblems = result.output.match(/generated by the rule\/no-todo rule/g) ?? [];
      expect(problems.length).toBeGreaterThan(0);
      expect(todoProblems.length, result.output).toBe(problems.length);
      const summaryLine = lineOf(repo.read(SPEC), "summary: 'TODO: replace this placeholder");
      expect(result.output).toContain(`${SPEC}:${summaryLine}:`);
    });

    it('passes lint once the TODO operation is replaced by a real one with its sample', async () => {
      const filled = fillSkeleton(repo.read(SPEC), filledParts);
      expect(filled).not.toMatch(/\bTODO\b/);
      repo.write(SPEC, filled);
      const result = await run('scripts/lint-spec.mjs', [API]);
      expect(result.status, result.output).toBe(0);
    });

    it('generates its types', async () => {
      const result = await run('scripts/generate.mjs', [API]);
      expect(result.status, result.output).toBe(0);
      expect(repo.read(`${PACKAGE}/src/generated/schema.ts`)).toContain('listWidgets');
    });

    it('builds with tsc', async () => {
      const result = await tsc('tsconfig.build.json');
      expect(result.status, result.output).toBe(0);
      expect(existsSync(repo.path(`${PACKAGE}/dist/index.js`))).toBe(true);
      expect(existsSync(repo.path(`${PACKAGE}/dist/index.d.ts`))).toBe(true);
    });

    it('typechecks its tests', async () => {
      const result = await tsc('tsconfig.json');
      expect(result.status, result.output).toBe(0);
    });

    it('passes its conformance test against Prism: sample replay, negative cases, no drift', async () => {
      // The copy has no git index, so the drift check compares with the file on disk, as outside CI.
      const result = await run('node_modules/vitest/vitest.mjs', ['run', '--reporter=verbose'], PACKAGE, childEnv({ CI: undefined }));
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain('replays sample "sampleResponse" (200)');
      expect(result.output).toContain('replays sample "unauthorized" (401)');
      expect(result.output).toContain('a request without credentials gets 401');
      expect(result.output).toContain('is what the spec generates (no drift)');
      expect(result.output).not.toMatch(/\d+ failed/);
    });
  });

  it('leaves the real repo untouched', () => {
    expect(readFileSync(join(source, 'redocly.yaml'), 'utf8')).toBe(redoclyBefore);
    expect(existsSync(join(source, 'specs', API))).toBe(false);
    expect(existsSync(join(source, 'packages', API))).toBe(false);
    const statusAfter = gitStatus(source);
    const appeared = statusAfter.filter((entry) => !statusBefore.includes(entry));
    expect(appeared.filter((entry) => entry.includes(API) || entry.includes('leftover') || entry.endsWith('redocly.yaml'))).toEqual([]);
    // In CI nothing else edits the checkout, so there the whole status must be as it was. On a shared
    // working copy other people's edits may appear meanwhile; the lines above cover what this test could touch.
    if (process.env.CI) expect(statusAfter).toEqual(statusBefore);
  });
});
