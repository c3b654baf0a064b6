// How the pipeline's cost grows with the number of APIs: a repository of N synthetic APIs per point,
// built cold, then warm, then from a filled cache after its build outputs are deleted.
import { join } from 'node:path';
import { node, runOrThrow } from '../process.mjs';
import { summarize } from '../stats.mjs';
import { syntheticCopy } from './synthetic.mjs';
import { removeBuildOutputs } from './temp-repo.mjs';
import { byTaskName, failedTasks, ranTasks, runRootScript } from './turbo.mjs';

/**
 * @param {number} count
 * @param {{ warmSamples: number, singleTasks: boolean }} options singleTasks: also time one lint and one generate alone
 */
export async function measureGrowthPoint(count, options) {
  const repo = await syntheticCopy(count);
  try {
    const cold = await runRootScript(repo.dir, 'build');
    // One API's lint and generate on their own, in a repo of this size: does a single task get dearer?
    const first = /** @type {string} */ (repo.apis[0]);
    /** @type {{ lint: number[], generate: number[] }} */
    const alone = { lint: [], generate: [] };
    for (let sample = 0; options.singleTasks && sample < 3; sample += 1) {
      alone.lint.push(/** @type {number} */ ((await runOrThrow(node, ['scripts/lint-spec.mjs', first], { cwd: repo.dir, timeoutMs: 10 * 60_000 })).cpuMs));
      alone.generate.push(/** @type {number} */ ((await runOrThrow(node, ['scripts/generate.mjs', first], { cwd: repo.dir, timeoutMs: 10 * 60_000 })).cpuMs));
    }
    const single = options.singleTasks ? { lintCpuMs: summarize(alone.lint), generateCpuMs: summarize(alone.generate) } : undefined;
    const warm = [];
    for (let sample = 0; sample < options.warmSamples; sample += 1) warm.push(await runRootScript(repo.dir, 'build'));
    removeBuildOutputs(repo.dir);
    const filled = await runRootScript(repo.dir, 'build', { cacheDir: join(repo.dir, '.turbo', 'cache') });
    const tasks = byTaskName(cold.tasks);
    return {
      apis: count,
      cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs ?? Number.NaN, ok: cold.ok, failed: failedTasks(cold.tasks), byTask: tasks, outputTail: cold.ok ? undefined : cold.outputTail },
      warm: { wallMs: summarize(warm.map((run) => run.wallMs)), ran: [...new Set(warm.flatMap((run) => ranTasks(run.tasks)))].sort(), tasks: cold.tasks.length },
      filledCache: { wallMs: filled.wallMs, ran: ranTasks(filled.tasks) },
      coldPerApiMs: cold.wallMs / count,
      coldCpuPerApiMs: (cold.cpuMs ?? Number.NaN) / count,
      singleTaskMs: single,
      taskMsPerApi: Object.fromEntries(Object.entries(tasks).map(([name, entry]) => [name, entry.ranMs / count])),
    };
  } finally {
    repo.remove();
  }
}

/**
 * The marginal cost of each added API between consecutive points: constant when the curve is a line.
 * @param {{ apis: number, cold: { wallMs: number, cpuMs: number }, warm: { wallMs: { median: number } } }[]} points
 */
export function analyseGrowth(points) {
  const segments = [];
  for (let index = 1; index < points.length; index += 1) {
    const from = /** @type {typeof points[number]} */ (points[index - 1]);
    const to = /** @type {typeof points[number]} */ (points[index]);
    const added = to.apis - from.apis;
    segments.push({
      from: from.apis,
      to: to.apis,
      coldMsPerAddedApi: (to.cold.wallMs - from.cold.wallMs) / added,
      coldCpuMsPerAddedApi: (to.cold.cpuMs - from.cold.cpuMs) / added,
      warmMsPerAddedApi: (to.warm.wallMs.median - from.warm.wallMs.median) / added,
    });
  }
  return segments;
}

/**
 * @param {{ sizes: number[], warmSamples: number, singleTasks: boolean }} options
 */
export async function measureGrowth(options) {
  const points = [];
  for (const size of options.sizes) points.push(await measureGrowthPoint(size, options));
  const segments = analyseGrowth(points);
  const first = points[0];
  const last = points[points.length - 1];
  const firstSegment = segments[0];
  const lastSegment = segments[segments.length - 1];
  const within = (/** @type {number} */ a, /** @type {number} */ b) => a <= 1.5 * b && a >= b / 1.5;
  return {
    points,
    segments,
    // A straight line: the last segment's CPU cost per added API within 1.5x of the first's (CPU time,
    // because the wall time of a 2-core machine shared with other work moves with their load).
    linear: firstSegment && lastSegment ? within(lastSegment.coldCpuMsPerAddedApi, firstSegment.coldCpuMsPerAddedApi) : undefined,
    warmGrowth: first && last ? last.warm.wallMs.median / first.warm.wallMs.median : undefined,
    // Flat: every added API adds less than 1% of its cold cost to the warm build.
    warmFlat: segments.length > 0 ? segments.every((s) => s.warmMsPerAddedApi < 0.01 * s.coldMsPerAddedApi) : undefined,
  };
}
