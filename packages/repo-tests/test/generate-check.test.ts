import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redoclyConfigFor } from './support/redocly-config.js';
import { findRepoRoot } from './support/repo.js';
import { childEnv, runNode } from './support/run-node.js';
import { createMiniRepo, type TempRepo } from './support/temp-repo.js';

const source = findRepoRoot();
const GENERATED = 'packages/gadgets/src/generated/schema.ts';

describe('scripts/generate.mjs', () => {
  let repo: TempRepo;
  let generated: string;
  const generate = (args: string[], env = childEnv({ CI: undefined })) => runNode(repo.path('scripts/generate.mjs'), args, { cwd: repo.root, env });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.root, stdio: 'ignore' });

  beforeAll(() => {
    repo = createMiniRepo(source, {
      'redocly.yaml': redoclyConfigFor(source, { gadgets: {} }),
      'specs/gadgets/openapi.yaml': readFileSync(new URL('./fixtures/gadgets.yaml', import.meta.url), 'utf8'),
    });
  });
  afterAll(() => repo?.remove());

  it('writes the types under a do-not-edit header, and --check then finds them up to date', async () => {
    const written = await generate(['gadgets']);
    expect(written.status, written.output).toBe(0);
    expect(written.stdout).toContain(`generated ${GENERATED}`);
    generated = repo.read(GENERATED);
    expect(generated.startsWith('/**\n * Generated from specs/gadgets/openapi.yaml by scripts/generate.mjs')).toBe(true);
    expect(generated).toContain('getGadget');
    // An open enum prints its known values before `string` (not `string & {}`: see generate.mjs).
    expect(generated).toContain('colour?: "red" | "blue" | string;');
    expect(generated).toContain('finish?: string | "matt";');

    const checked = await generate(['--check', 'gadgets']);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toContain(`${GENERATED}: up to date`);
  });

  it('--check fails on a hand-edited file, says how to fix it, and leaves the file alone', async () => {
    const edited = `${generated}// edited by hand\n`;
    repo.write(GENERATED, edited);
    const checked = await generate(['--check', 'gadgets']);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(`${GENERATED}: the file differs from what specs/gadgets/openapi.yaml generates. Run \`npm run generate\``);
    expect(repo.read(GENERATED)).toBe(edited);
  });

  it('--check fails when the generated file is missing', async () => {
    rmSync(repo.path(GENERATED));
    const checked = await generate(['--check', 'gadgets']);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(`${GENERATED}: the file differs`);
  });

  it('under CI, --check compares the committed (indexed) file, since the build has just regenerated the one on disk', async () => {
    repo.write(GENERATED, generated);
    git('init', '--quiet');
    git('add', GENERATED);
    repo.write(GENERATED, `${generated}// edited on disk only\n`);
    const matching = await generate(['--check', 'gadgets'], childEnv({ CI: 'true' }));
    expect(matching.status, matching.output).toBe(0);

    git('add', GENERATED);
    const stale = await generate(['--check', 'gadgets'], childEnv({ CI: 'true' }));
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(`${GENERATED}: the committed file differs from what specs/gadgets/openapi.yaml generates.`);
  });

  it('exits 2 for an API that redocly.yaml does not list', async () => {
    const result = await generate(['--check', 'nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown API "nope"');
  });
});
