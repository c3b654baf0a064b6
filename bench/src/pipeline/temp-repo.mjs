// A throwaway copy of the repository for pipeline benchmarks: source files copied, dependencies linked,
// so turbo, generators and test suites can run there without touching the working checkout.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onInterrupt } from '../cleanup.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The files a copy starts from: what git tracks, plus (by default) untracked files git does not ignore, so
 * work that is written but not yet committed is measured too.
 * @param {string} root
 * @param {{ trackedOnly?: boolean }} options
 * @returns {string[]}
 */
export function listSourceFiles(root, options = {}) {
  const args = options.trackedOnly ? ['ls-files', '-z'] : ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  const listed = execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
  // A tracked file deleted in the working tree is listed but gone.
  return [...new Set(listed)].filter((file) => {
    try {
      return lstatSync(join(root, file)).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * @param {string} prefix
 * @returns {string}
 */
export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `group-apis-bench-${prefix}-`));
}

/**
 * @param {string} from
 * @param {string} to
 * @param {readonly string[]} files relative paths
 */
export function copyFiles(from, to, files) {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(join(from, file), join(to, file));
  }
}

/**
 * The workspace folders of a repository, from its root package.json (`packages/*` and plain folders).
 * @param {string} root
 * @returns {string[]} relative folders that hold a package.json
 */
export function workspaceFolders(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  /** @type {string[]} */
  const folders = [];
  for (const pattern of manifest.workspaces ?? []) {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const entry of readdirSync(join(root, parent)).sort()) {
        if (existsSync(join(root, parent, entry, 'package.json'))) folders.push(`${parent}/${entry}`);
      }
    } else if (existsSync(join(root, pattern, 'package.json'))) {
      folders.push(pattern);
    }
  }
  return folders;
}

/**
 * Gives the copy a node_modules of its own whose entries link to the checkout's installed packages,
 * except the workspace links, which point at the copy's own packages (a symlinked node_modules as a
 * whole would resolve `@group-apis/*` back into the checkout).
 * @param {string} root the copy
 */
export function linkNodeModules(root) {
  const installed = join(repoRoot, 'node_modules');
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(installed)) {
    // Tool caches (.vite, .vite-temp, .cache) stay per copy.
    if (entry.startsWith('.') && entry !== '.bin' && entry !== '.package-lock.json') continue;
    if (entry === '@group-apis') continue;
    symlinkSync(join(installed, entry), join(target, entry));
  }
  mkdirSync(join(target, '@group-apis'), { recursive: true });
  for (const folder of workspaceFolders(root)) {
    const name = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).name;
    if (typeof name !== 'string' || !name.startsWith('@group-apis/')) continue;
    symlinkSync(join(root, folder), join(target, name));
  }
  // The scripts read redocly.yaml through @group-apis/spec: a copy without it (the synthetic repos) uses this one's.
  const spec = join(target, '@group-apis', 'spec');
  if (!existsSync(spec)) symlinkSync(join(repoRoot, 'packages', 'spec'), spec);
}

/**
 * Commits everything in the copy (making it a git repository first), as a fresh clone would be: turbo
 * hashes inputs with git.
 * @param {string} root
 * @param {string} message
 */
export function commitSnapshot(root, message = 'snapshot') {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' };
  const git = (/** @type {string[]} */ ...args) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env, stdio: 'ignore' });
  if (!existsSync(join(root, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
}

/**
 * Deletes every package's build output (`dist`), as in a fresh clone.
 * @param {string} root
 */
export function removeBuildOutputs(root) {
  for (const folder of workspaceFolders(root)) rmSync(join(root, folder, 'dist'), { recursive: true, force: true });
}

/**
 * @typedef {object} TempRepo
 * @property {string} dir
 * @property {() => void} remove
 */

/**
 * A copy of a repository's source (the checkout by default), ready to build.
 * @param {{ source?: string, trackedOnly?: boolean, prefix?: string }} options
 * @returns {TempRepo}
 */
export function copyRepo(options = {}) {
  const source = options.source ?? repoRoot;
  const repo = tempRepo(makeTempDir(options.prefix ?? 'bench'));
  try {
    copyFiles(source, repo.dir, listSourceFiles(source, options));
    linkNodeModules(repo.dir);
    commitSnapshot(repo.dir);
  } catch (error) {
    repo.remove();
    throw error;
  }
  return repo;
}

/**
 * A temporary folder that is removed by `remove()`, or when the bench is interrupted.
 * @param {string} dir
 * @returns {TempRepo}
 */
export function tempRepo(dir) {
  const removeNow = () => rmSync(dir, { recursive: true, force: true });
  const forget = onInterrupt('files', removeNow);
  return {
    dir,
    remove: () => {
      forget();
      removeNow();
    },
  };
}
