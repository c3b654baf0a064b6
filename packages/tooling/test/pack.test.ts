import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRepoRoot } from './support/repo.js';
import { childEnv, runNode } from './support/run-node.js';
import { createMiniRepo, type TempRepo } from './support/temp-repo.js';

const source = findRepoRoot();

/** A built workspace package with one ESM entry point. */
function builtPackage(name: string, version: string, code: string, extra: Record<string, unknown> = {}): Record<string, string> {
  const folder = `packages/${name.split('/')[1]}`;
  return {
    [`${folder}/package.json`]: JSON.stringify({ name, version, type: 'module', exports: { '.': './dist/index.js' }, files: ['dist/**/*.js'], ...extra }),
    [`${folder}/dist/index.js`]: code,
  };
}

describe('npm run pack (scripts/pack.mjs)', () => {
  let repo: TempRepo;
  let out: string;
  let consumer: string;
  beforeAll(() => {
    // No registry dependency anywhere, so the printed install line runs offline.
    repo = createMiniRepo(source, {
      'package.json': JSON.stringify({ name: 'mini', private: true, workspaces: ['packages/*'] }),
      'redocly.yaml': 'apis: {}\n',
      ...builtPackage('@group-apis/core', '0.3.0', "export const core = 'core';\n"),
      ...builtPackage('@group-apis/widgets', '0.2.0', "import { core } from '@group-apis/core';\nexport const widgets = `${core}+widgets`;\n", {
        dependencies: { '@group-apis/core': '0.3.0' },
      }),
      ...builtPackage('@group-apis/site', '0.0.0', 'export {};\n', { private: true }),
    });
    out = mkdtempSync(join(tmpdir(), 'group-apis-packed-'));
    consumer = mkdtempSync(join(tmpdir(), 'group-apis-pack-consumer-'));
    writeFileSync(join(out, 'group-apis-widgets-0.1.0.tgz'), 'an older tarball');
  });
  afterAll(() => {
    repo?.remove();
    rmSync(out, { recursive: true, force: true });
    rmSync(consumer, { recursive: true, force: true });
  });

  it('writes one tarball per public package into one folder and prints the npm install line of each, dependencies included', async () => {
    const result = await runNode(repo.path('scripts/pack.mjs'), ['--skip-build', '--out', out], { cwd: repo.root });
    expect(result.status, result.output).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['group-apis-core-0.3.0.tgz', 'group-apis-widgets-0.2.0.tgz']);
    const lines = result.stdout.split('\n').map((line) => line.trim());
    expect(lines).toContain(`npm install ${join(out, 'group-apis-core-0.3.0.tgz')}`);
    expect(lines).toContain(`npm install ${join(out, 'group-apis-core-0.3.0.tgz')} ${join(out, 'group-apis-widgets-0.2.0.tgz')}`);

    // The printed line works in a project outside the workspace, with nothing fetched from a registry.
    const install = lines.find((line) => line.startsWith('npm install') && line.includes('widgets'))!;
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const args = [...install.split(' ').slice(1), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'];
    execFileSync('npm', args, { cwd: consumer, env: childEnv(), stdio: 'pipe' });
    const shown = execFileSync(process.execPath, ['--input-type=module', '-e', "import { widgets } from '@group-apis/widgets'; console.log(widgets);"], { cwd: consumer, encoding: 'utf8' });
    expect(shown.trim()).toBe('core+widgets');
  });

  it('refuses a package that is not built, naming it', async () => {
    rmSync(repo.path('packages/widgets/dist'), { recursive: true });
    const result = await runNode(repo.path('scripts/pack.mjs'), ['--skip-build', '--out', out], { cwd: repo.root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@group-apis/widgets is not built (packages/widgets/dist is missing)');
    expect(existsSync(join(out, 'group-apis-core-0.3.0.tgz'))).toBe(true);
  });
});
