// `npm run build` (the root script, turbo) cold, warm with nothing changed, after one spec is edited, and in a fresh
// checkout whose turbo cache is already filled (what a remote cache gives a CI machine).
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { summarize } from '../stats.mjs';
import { editFirstSummary } from './edit-spec.mjs';
import { readApis } from '@group-apis/spec';
import { byTaskName, failedTasks, ranTasks, runRootScript, whyTasksRan } from './turbo.mjs';

/** @typedef {import('./temp-repo.mjs').TempRepo} TempRepo */

/**
 * @param {import('./turbo.mjs').TurboRun} run
 */
function describeRun(run) {
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, ok: run.ok, ran: ranTasks(run.tasks), failed: failedTasks(run.tasks), byTask: byTaskName(run.tasks), outputTail: run.ok ? undefined : run.outputTail };
}

/**
 * @param {{ makeCopy: () => Promise<TempRepo>, warmSamples: number, docsPackage: string, runAfterEdit: boolean }} options
 *   runAfterEdit: build once more after the edited build, to see whether it settled
 * @returns {Promise<{ result: any, pristine: TempRepo, built: TempRepo }>} pristine: a fresh copy built from the cache, for the test suite
 */
export async function measureBuilds(options) {
  const built = await options.makeCopy();
  /** @type {TempRepo | undefined} */
  let pristine;
  try {
    return await measureIn(built, async () => (pristine = await options.makeCopy()), options);
  } catch (error) {
    built.remove();
    pristine?.remove();
    throw error;
  }
}

/**
 * @param {TempRepo} built
 * @param {() => Promise<TempRepo>} makePristine
 * @param {{ warmSamples: number, docsPackage: string, runAfterEdit: boolean }} options
 */
async function measureIn(built, makePristine, options) {
  const cold = await runRootScript(built.dir, 'build');
  // Files the cold build changed that git tracks: committed generated files that were out of date.
  const changedByBuild = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: built.dir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  const warmFirst = await runRootScript(built.dir, 'build');
  // A warm run that still ran tasks changed files the cold run had already hashed; once more settles it.
  const settled = warmFirst.tasks.some((task) => task.cache === 'MISS') ? await runRootScript(built.dir, 'build') : undefined;
  const warm = [];
  for (let sample = 0; sample < options.warmSamples; sample += 1) warm.push(await runRootScript(built.dir, 'build'));

  const first = readApis(built.dir)[0];
  if (!first) throw new Error('redocly.yaml lists no API');
  const api = { name: first.name, spec: relative(built.dir, first.spec), packageName: first.packageName };
  editFirstSummary(built.dir, api.spec, '(edited by the bench)');
  const touched = await runRootScript(built.dir, 'build');
  const afterTouched = options.runAfterEdit ? await runRootScript(built.dir, 'build') : undefined;

  const pristine = await makePristine();
  const filled = await runRootScript(pristine.dir, 'build', { cacheDir: join(built.dir, '.turbo', 'cache') });

  // "Rebuilt" means its build ran; other tasks that ran (lint, generate, bundles) are listed beside it.
  const rebuiltPackages = [...new Set(touched.tasks.filter((task) => task.cache === 'MISS' && task.task === 'build').map((task) => task.package))].sort();
  const warmWall = summarize(warm.map((run) => run.wallMs));
  const lastWarm = warm[warm.length - 1] ?? settled ?? warmFirst;
  const result = {
    cold: describeRun(cold),
    changedByBuild,
    warmFirst: { ...describeRun(warmFirst), why: whyTasksRan(warmFirst, cold) },
    settle: settled ? describeRun(settled) : undefined,
    warm: { wallMs: warmWall, ran: [...new Set(warm.flatMap((run) => ranTasks(run.tasks)))].sort(), tasks: warm[0]?.tasks.length ?? 0 },
    touched: {
      api: api.name,
      spec: api.spec,
      ...describeRun(touched),
      rebuiltPackages,
      why: whyTasksRan(touched, lastWarm),
      afterwards: afterTouched ? { ...describeRun(afterTouched), why: whyTasksRan(afterTouched, touched) } : undefined,
    },
    filledCache: { ...describeRun(filled), why: whyTasksRan(filled, cold) },
    ratios: {
      warmOverCold: warmWall.median / cold.wallMs,
      warmFirstOverCold: warmFirst.wallMs / cold.wallMs,
      touchedOverCold: touched.wallMs / cold.wallMs,
      filledCacheOverCold: filled.wallMs / cold.wallMs,
    },
    expectedRebuild: [api.packageName, options.docsPackage],
  };
  return { result, pristine, built };
}
