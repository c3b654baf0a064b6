// Runs a command to completion and times it; the child is killed if it outlives its time limit.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { onInterrupt } from './cleanup.mjs';

/**
 * @typedef {object} RunResult
 * @property {number | null} status
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} ms wall time, spawn to exit
 * @property {number | undefined} cpuMs user + system CPU time of the command and everything it ran (Linux only)
 */

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time of this process's finished (waited-for) descendants, from /proc/self/stat: what a child
 * tree cost in CPU, which a busy machine inflates far less than wall time.
 * @returns {number | undefined} milliseconds
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted from the state field, which is field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 * @returns {Promise<RunResult>}
 */
export function run(command, args, options) {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env };
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    const forget = onInterrupt('processes', () => child.kill('SIGTERM'));
    child.on('error', (error) => {
      clearTimeout(timer);
      forget();
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      forget();
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - startedAt, cpuMs });
    });
  });
}

/**
 * Like {@link run}, but a non-zero exit is an error carrying the command's last output lines.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 */
export async function runOrThrow(command, args, options) {
  const result = await run(command, args, options);
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${[command, ...args].join(' ')} exited with ${result.status} in ${options.cwd}:\n${tail}`);
  }
  return result;
}

/** `node` itself, so children run on the same Node version as the bench. */
export const node = process.execPath;
