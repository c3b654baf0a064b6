#!/usr/bin/env node
// npm run bench: measures the runtime's cost and the pipeline's speed side by side and writes
// RESULTS.md and results.json. Options:
//   --smoke            one tiny iteration of every benchmark (written to a temp folder unless --out)
//   --out <dir>        where to write RESULTS.md and results.json (default: this folder)
//   --only <a,b>       run only these suites (request-overhead, pagination, validation, pipeline, growth, traffic)
//   --growth <4,40>    synthetic API counts for the growth curve (default 4,40,200)
//   --traffic <a,b>    exchanges per traffic file for the traffic suite (default 10000,100000,1000000)
//   --merge            keep the other suites' results from the existing results.json (with --only)
//   --render           only rewrite RESULTS.md from the existing results.json
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { currentLoad, describeCheckout, describeMachine } from './src/machine.mjs';
import { measurePagination } from './src/pagination/pagination.mjs';
import { measureGrowth } from './src/pipeline/growth.mjs';
import { measurePipeline } from './src/pipeline/pipeline.mjs';
import { renderMarkdown } from './src/report/markdown.mjs';
import { measureRequestOverhead } from './src/runtime/request-overhead.mjs';
import { evaluateTargets } from './src/targets.mjs';
import { measureTraffic } from './src/traffic/traffic.mjs';
import { measureValidation } from './src/validation/validation.mjs';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
    growth: { type: 'string' },
    traffic: { type: 'string' },
    merge: { type: 'boolean', default: false },
    render: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke ?? false;
const outDir = values.out ?? (smoke ? mkdtempSync(join(tmpdir(), 'group-apis-bench-smoke-')) : dirname(fileURLToPath(import.meta.url)));
const growthSizes = values.growth ? values.growth.split(',').map(Number) : smoke ? [1] : [4, 40, 200];
const log = (/** @type {string} */ line) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** @type {Record<string, () => Promise<unknown>>} */
const suites = {
  'request-overhead': () => measureRequestOverhead({ smoke }),
  pagination: () => measurePagination({ smoke }),
  validation: () => measureValidation({ smoke }),
  pipeline: () => measurePipeline({ smoke, log }),
  growth: () => measureGrowth({ sizes: growthSizes, warmSamples: smoke ? 1 : 3, singleTasks: !smoke }),
  traffic: () => measureTraffic({ smoke, sizes: values.traffic ? values.traffic.split(',').map(Number) : undefined, log }),
};
const selected = values.only ? values.only.split(',') : Object.keys(suites);
for (const name of selected) if (!suites[name]) throw new Error(`unknown suite "${name}": ${Object.keys(suites).join(', ')}`);

const previousFile = join(outDir, 'results.json');
const previous = (values.merge || values.render) && existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : undefined;
if (values.render) {
  if (!previous) throw new Error(`--render needs ${previousFile}`);
  writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(previous));
  log(`rewrote ${join(outDir, 'RESULTS.md')} from results.json`);
  process.exit(0);
}

const startedAt = new Date();
/** @type {Record<string, { ok: boolean, ms: number, at: string, commit: string | undefined, loadBefore: number[], loadAfter: number[], result?: unknown, error?: string }>} */
const results = {};
for (const name of selected) {
  log(`${name}: start (load ${currentLoad().join(' ')})`);
  const loadBefore = currentLoad();
  const began = performance.now();
  const at = new Date().toISOString();
  const { commit } = describeCheckout();
  try {
    const result = await /** @type {() => Promise<unknown>} */ (suites[name])();
    results[name] = { ok: true, ms: performance.now() - began, at, commit, loadBefore, loadAfter: currentLoad(), result };
  } catch (error) {
    results[name] = { ok: false, ms: performance.now() - began, at, commit, loadBefore, loadAfter: currentLoad(), error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  log(`${name}: ${results[name]?.ok ? 'done' : 'FAILED'} in ${((results[name]?.ms ?? 0) / 1000).toFixed(1)} s`);
}

// Suites not run this time keep their earlier results (--merge), in the usual order.
const merged = previous ? Object.fromEntries(Object.keys(suites).filter((name) => results[name] ?? previous.suites[name]).map((name) => [name, results[name] ?? previous.suites[name]])) : results;
const report = {
  meta: {
    date: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    mode: smoke ? 'smoke' : 'full',
    machine: describeMachine(),
    checkout: describeCheckout(),
    growthSizes: results['growth'] ? growthSizes : (previous?.meta.growthSizes ?? growthSizes),
    merged: previous ? Object.keys(merged).filter((name) => !results[name]) : [],
  },
  suites: merged,
  targets: evaluateTargets(merged),
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(report));
log(`wrote ${join(outDir, 'RESULTS.md')} and results.json`);
process.exitCode = Object.values(results).every((suite) => suite.ok) ? 0 : 1;
