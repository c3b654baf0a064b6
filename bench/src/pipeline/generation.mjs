// The pipeline's steps run by hand, without turbo: lint + generate + build for one spec and for all,
// timed step by step. Runs in a copy whose shared packages are already built.
import { join } from 'node:path';
import { node, run } from '../process.mjs';
import { summarize } from '../stats.mjs';
import { readApis } from '@group-apis/spec';

/**
 * @param {string} root
 * @param {string} cwd
 * @param {readonly string[]} args
 */
async function step(root, cwd, args) {
  const result = await run(node, args, { cwd: join(root, cwd), timeoutMs: 30 * 60_000 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
  return result.ms;
}

/**
 * @param {string} root
 * @param {string[]} names APIs to build
 * @param {'one' | 'all'} scope
 */
async function pipelineOnce(root, names, scope) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const select = scope === 'all' ? ['--all'] : names;
  const lint = await step(root, '.', ['scripts/lint-spec.mjs', ...select]);
  const generate = await step(root, '.', ['scripts/generate.mjs', ...select]);
  let build = 0;
  for (const name of names) build += await step(root, join('packages', name), [tsc, '-p', 'tsconfig.build.json']);
  return { lint, generate, build, total: lint + generate + build };
}

/**
 * @param {string} root
 * @param {{ samples: number, scopes: ('one' | 'all')[] }} options
 */
export async function measureGeneration(root, options) {
  const apis = readApis(root).map((api) => api.name);
  const first = apis[0];
  if (!first) throw new Error('redocly.yaml lists no API');
  /** @type {Record<'one' | 'all', { lint: number, generate: number, build: number, total: number }[]>} */
  const runs = { one: [], all: [] };
  for (let sample = 0; sample < options.samples; sample += 1) {
    for (const scope of options.scopes) runs[scope].push(await pipelineOnce(root, scope === 'one' ? [first] : apis, scope));
  }
  const summarizeRuns = (/** @type {typeof runs.one} */ list) => ({
    lintMs: summarize(list.map((r) => r.lint)),
    generateMs: summarize(list.map((r) => r.generate)),
    buildMs: summarize(list.map((r) => r.build)),
    totalMs: summarize(list.map((r) => r.total)),
  });
  const one = summarizeRuns(runs.one);
  const all = runs.all.length > 0 ? { apis, ...summarizeRuns(runs.all) } : undefined;
  return { samples: options.samples, one: { api: first, ...one }, all, allOverOne: all ? all.totalMs.median / one.totalMs.median : undefined };
}
