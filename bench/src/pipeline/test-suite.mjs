// `npm test` (the root script: turbo run test and its flags) in a built copy: its wall time, and the slowest test files and packages
// read from the vitest output turbo keeps per package.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceFolders } from './temp-repo.mjs';
import { failedTasks, ranTasks, runRootScript } from './turbo.mjs';

const FILE_LINE = /^\s*[✓×❯↓]\s+(\S+\.[cm]?[jt]sx?)\s+\((\d+) tests?[^)]*\)\s+(\d+(?:\.\d+)?)(ms|s)\s*$/;

/**
 * Per-file durations from a vitest default-reporter log ("✓ test/a.test.ts (12 tests) 345ms").
 * @param {string} log
 * @returns {{ file: string, tests: number, ms: number }[]}
 */
export function parseVitestFiles(log) {
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  /** @type {{ file: string, tests: number, ms: number }[]} */
  const files = [];
  for (const line of plain.split('\n')) {
    const match = FILE_LINE.exec(line);
    if (!match) continue;
    const value = Number(match[3]);
    files.push({ file: /** @type {string} */ (match[1]), tests: Number(match[2]), ms: match[4] === 's' ? value * 1000 : value });
  }
  return files;
}

/**
 * @param {string} root a copy whose build is done
 * @param {{ cacheDir?: string }} options cacheDir: the turbo cache that build went into, where `npm test` finds it
 */
export async function measureTestSuite(root, options = {}) {
  const run = await runRootScript(root, 'test', options);
  const files = [];
  for (const folder of workspaceFolders(root)) {
    const log = join(root, folder, '.turbo', 'turbo-test.log');
    if (!existsSync(log)) continue;
    for (const file of parseVitestFiles(readFileSync(log, 'utf8'))) files.push({ ...file, file: `${folder}/${file.file}` });
  }
  const testTasks = run.tasks.filter((task) => task.task === 'test');
  // The end of each failed package's own log: what failed, without rerunning it.
  /** @type {Record<string, string>} */
  const failureLogs = {};
  for (const id of failedTasks(run.tasks)) {
    const [pkg, task] = id.split('#');
    const folder = workspaceFolders(root).find((f) => readPackageName(root, f) === pkg);
    const log = folder ? join(root, folder, '.turbo', `turbo-${task}.log`) : undefined;
    if (log && existsSync(log)) failureLogs[id] = tailOf(readFileSync(log, 'utf8'), 40);
  }
  return {
    command: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.test,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    ok: run.ok,
    failed: failedTasks(run.tasks),
    // After `npm run build` only typecheck and test should run; anything else means the build's cache was missed.
    rebuilt: ranTasks(run.tasks.filter((task) => task.task !== 'test' && task.task !== 'typecheck')),
    outputTail: run.ok ? undefined : run.outputTail,
    failureLogs,
    tests: files.reduce((sum, file) => sum + file.tests, 0),
    slowestFiles: files.sort((a, b) => b.ms - a.ms).slice(0, 10),
    slowestPackages: testTasks.sort((a, b) => b.ms - a.ms).slice(0, 10).map((task) => ({ package: task.package, ms: task.ms })),
    typecheckMs: run.tasks.filter((task) => task.task === 'typecheck' && task.cache === 'MISS').reduce((sum, task) => sum + task.ms, 0),
  };
}

/**
 * @param {string} root
 * @param {string} folder
 */
function readPackageName(root, folder) {
  return JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).name;
}

/**
 * The last lines of a log that say something (vitest's failure summary), without colour codes.
 * @param {string} log
 * @param {number} lines
 */
function tailOf(log, lines) {
  // eslint-disable-next-line no-control-regex
  return log.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim() !== '').slice(-lines).join('\n');
}
