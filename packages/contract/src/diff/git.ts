import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

// Read-only git: the diff never changes the repository (no checkout, no worktree), it copies files out.

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

export function gitRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    throw new UsageError(`not a git repository: ${cwd}`);
  }
}

/** Fails with a one-line UsageError when `ref` names no commit (a shallow clone without the base branch, a typo). */
export function assertCommit(root: string, ref: string): void {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`unknown git ref "${ref}" (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, '')})`);
  }
}

/** The text of `path` at `ref`, or undefined when the file does not exist there. */
export function readAtRef(root: string, ref: string, path: string): string | undefined {
  try {
    return git(root, ['show', `${ref}:${path}`]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Copies every file under `paths` at `ref` into `destination`, keeping their relative paths. */
export function exportAtRef(root: string, ref: string, paths: string[], destination: string): void {
  const listing = git(root, ['ls-tree', '-r', '-z', '--name-only', ref, '--', ...paths]).toString('utf8');
  for (const file of listing.split('\0').filter(Boolean)) {
    const target = join(destination, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(root, ['show', `${ref}:${file}`]));
  }
}

/** The files directly in `directory` at `ref`. */
export function listAtRef(root: string, ref: string, directory: string): string[] {
  try {
    return git(root, ['ls-tree', '-z', '--name-only', ref, '--', `${directory}/`])
      .toString('utf8')
      .split('\0')
      .filter(Boolean);
  } catch {
    return [];
  }
}
