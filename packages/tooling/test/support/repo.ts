import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The same lookup the contract checks and the conformance harness use: the nearest folder holding redocly.yaml.
export { findRepoRoot } from '@group-apis/spec';

/** `git status` of a work tree, one entry per line, untracked files listed one by one. */
export function gitStatus(root: string): string[] {
  const output = execFileSync('git', ['status', '--porcelain=v1', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  return output.split('\n').filter((line) => line !== '');
}

/**
 * The files git would put in a commit of the work tree: tracked ones plus untracked ones not ignored, and never
 * anything under node_modules (a symlinked node_modules is a file to git, so `node_modules/` does not ignore it).
 */
export function workTreeFiles(root: string): string[] {
  const output = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  return output
    .split('\0')
    .filter((path) => path !== '' && !path.split('/').includes('node_modules') && existsSync(join(root, path)));
}
