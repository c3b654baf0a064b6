import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { findRepoRoot } from '@group-apis/spec';

/** A throwaway git repository laid out like this one (redocly.yaml + specs/), for `diff` tests. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  /** Parses a YAML file, lets `change` edit it, writes it back. */
  editYaml(path: string, change: (doc: any) => void): void;
  commit(message: string): void;
  remove(): void;
}

export function createTempRepo(apis: string[]): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'contract-diff-test-'));
  const root = findRepoRoot();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Contract Test', '-c', 'user.email=contract@test.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q', '-b', 'main');
  write('redocly.yaml', stringify({ apis: Object.fromEntries(apis.map((api) => [api, { root: `specs/${api}/openapi.yaml` }])) }));
  for (const api of apis) cpSync(join(root, 'specs', api), join(dir, 'specs', api), { recursive: true });
  const repo: TempRepo = {
    dir,
    git,
    write,
    editYaml(path, change) {
      const doc = parse(readFileSync(join(dir, path), 'utf8'));
      change(doc);
      write(path, stringify(doc));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.commit('specs as on main');
  return repo;
}
