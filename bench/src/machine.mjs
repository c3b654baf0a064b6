// What the numbers were measured on: machine, Node, load, and the checkout's commit.
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, release, platform } from 'node:os';
import { repoRoot } from './pipeline/temp-repo.mjs';

/**
 * @param {readonly string[]} args
 */
function git(args) {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function describeCheckout() {
  const changed = git(['status', '--porcelain']);
  return { commit: git(['rev-parse', '--short', 'HEAD']), uncommittedFiles: changed === undefined ? undefined : changed.split('\n').filter(Boolean).length };
}

/** 1, 5 and 15 minute load averages, rounded. */
export function currentLoad() {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}
