// Runs `turbo run <task>` (what the root `npm run build` / `npm test` scripts run) in a copy and reads
// turbo's run summary: which tasks ran, which came from the cache, how long each took.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { node, run } from '../process.mjs';

const turboBin = join('node_modules', 'turbo', 'bin', 'turbo');

/**
 * @typedef {object} TaskRun
 * @property {string} id "@group-apis/kore-ai#build"
 * @property {string} package "@group-apis/kore-ai"
 * @property {string} task "build"
 * @property {'HIT' | 'MISS'} cache
 * @property {number} ms
 * @property {number | null} exitCode
 * @property {string} hash
 * @property {Record<string, string>} inputs file → content hash, as turbo hashed them
 * @property {string[]} dependencies ids of the tasks this one depends on
 */

/**
 * @typedef {object} TurboRun
 * @property {number} wallMs
 * @property {number | undefined} cpuMs CPU time of turbo and every task it ran
 * @property {TaskRun[]} tasks
 * @property {boolean} ok
 * @property {string} outputTail last lines of output, for failures
 */

/**
 * @param {string} root
 * @param {string | readonly string[]} taskNames
 * @param {{ cacheDir?: string, args?: readonly string[], passThrough?: readonly string[], timeoutMs?: number }} options
 * @returns {Promise<TurboRun>}
 */
export async function turboRun(root, taskNames, options = {}) {
  const args = [
    join(root, turboBin), 'run', ...(typeof taskNames === 'string' ? [taskNames] : taskNames),
    '--summarize', '--continue=dependencies-successful', '--output-logs=errors-only', '--log-order=grouped',
    ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : []),
    ...(options.args ?? []),
    ...(options.passThrough ? ['--', ...options.passThrough] : []),
  ];
  const result = await run(node, args, { cwd: root, timeoutMs: options.timeoutMs ?? 60 * 60_000, env: { CI: '' } });
  const output = `${result.stdout}\n${result.stderr}`;
  const summaryPath = /Summary:\s+(\S+\.json)/.exec(output)?.[1];
  /** @type {TaskRun[]} */
  let tasks = [];
  if (summaryPath) {
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
    tasks = summary.tasks.map((/** @type {any} */ t) => ({
      id: t.taskId,
      package: t.package,
      task: t.task,
      cache: t.cache.status === 'HIT' ? 'HIT' : 'MISS',
      ms: t.execution ? t.execution.endTime - t.execution.startTime : 0,
      exitCode: t.execution?.exitCode ?? null,
      hash: t.hash,
      inputs: t.inputs ?? {},
      dependencies: t.dependencies ?? [],
    }));
  }
  return { wallMs: result.ms, cpuMs: result.cpuMs, tasks, ok: result.status === 0, outputTail: output.trim().split('\n').slice(-40).join('\n') };
}

/**
 * Per task name: how many ran (cache misses), how many were restored, and the summed time of those that ran.
 * @param {TaskRun[]} tasks
 * @returns {Record<string, { ran: number, cached: number, ranMs: number }>}
 */
export function byTaskName(tasks) {
  /** @type {Record<string, { ran: number, cached: number, ranMs: number }>} */
  const totals = {};
  for (const task of tasks) {
    const entry = (totals[task.task] ??= { ran: 0, cached: 0, ranMs: 0 });
    if (task.cache === 'HIT') entry.cached += 1;
    else {
      entry.ran += 1;
      entry.ranMs += task.ms;
    }
  }
  return totals;
}

/**
 * @param {TaskRun[]} tasks
 * @returns {string[]} ids of the tasks that ran instead of coming from the cache
 */
export function ranTasks(tasks) {
  return tasks.filter((task) => task.cache === 'MISS').map((task) => task.id).sort();
}

/**
 * @param {TaskRun[]} tasks
 * @returns {string[]} ids of the tasks that failed
 */
export function failedTasks(tasks) {
  return tasks.filter((task) => task.exitCode !== null && task.exitCode !== 0).map((task) => task.id).sort();
}

/**
 * Why each task of `run` that missed the cache ran: the inputs whose hashes differ from the same task in
 * `before`, or the dependencies that ran too.
 * @param {TurboRun} run
 * @param {TurboRun} before
 * @returns {Record<string, { changedInputs: string[], ranDependencies: string[], newTask: boolean }>}
 */
export function whyTasksRan(run, before) {
  /** @type {Map<string, TaskRun>} */
  const previous = new Map(before.tasks.map((task) => [task.id, task]));
  const ran = new Set(ranTasks(run.tasks));
  /** @type {Record<string, { changedInputs: string[], ranDependencies: string[], newTask: boolean }>} */
  const reasons = {};
  for (const task of run.tasks) {
    if (task.cache === 'HIT') continue;
    const old = previous.get(task.id);
    const files = new Set([...Object.keys(task.inputs), ...Object.keys(old?.inputs ?? {})]);
    reasons[task.id] = {
      changedInputs: old ? [...files].filter((file) => task.inputs[file] !== old.inputs[file]).sort() : [],
      ranDependencies: task.dependencies.filter((id) => ran.has(id)).sort(),
      newTask: old === undefined,
    };
  }
  return reasons;
}

/**
 * Runs a root package.json script the way `npm run <script>` would, when that script is
 * `turbo run <task...> [--flags]` (as this repo's are): same tasks, same flags, plus the bench's own
 * flags for the run summary.
 * @param {string} root
 * @param {string} script "build", "test"
 * @param {{ cacheDir?: string }} options
 */
export function runRootScript(root, script, options = {}) {
  const command = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.[script];
  const words = typeof command === 'string' ? command.trim().split(/\s+/) : [];
  const rest = words.slice(2);
  const tasks = rest.filter((word) => !word.startsWith('-'));
  const flags = rest.filter((word) => word.startsWith('-'));
  // A flag that takes its value as the next word would be misread as a task; this repo's use `--flag=value`.
  const firstFlag = rest.findIndex((word) => word.startsWith('-'));
  const flagBeforeTask = firstFlag !== -1 && firstFlag < rest.findLastIndex((word) => !word.startsWith('-'));
  if (words[0] !== 'turbo' || words[1] !== 'run' || tasks.length === 0 || flagBeforeTask) {
    throw new Error(`the root "${script}" script is not \`turbo run <task...> [--flag=value...]\`: ${String(command)}`);
  }
  return turboRun(root, tasks, { ...options, args: flags });
}
