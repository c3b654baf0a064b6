// CPU profiles for a missed target: a V8 CPU profile (the one `node --cpu-prof` writes) of the measured
// loop only, reduced to the frames that took the time (self time per function) and where that code lives.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runOrThrow, node } from './process.mjs';

/**
 * @typedef {object} Frame
 * @property {string} name function name (or "(anonymous)")
 * @property {string} where file:line
 * @property {number} selfPercent
 */

/**
 * @typedef {object} ProfileSummary
 * @property {number} sampledMs
 * @property {Frame[]} topFrames by self time
 * @property {Frame[]} topInclusive functions of the focus areas by inclusive time (selfPercent holds the inclusive share)
 * @property {Record<string, number>} byArea percent of self time per area (see areaOf)
 */

/**
 * Where a frame's code lives, in the terms the report explains costs in.
 * @param {string} url
 * @param {string} name
 */
export function areaOf(url, name) {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)' || name === '(idle)' || name === '(root)') return 'runtime (program/idle)';
  if (url.includes('/.cache/core-') || url.includes('/packages/core/')) return '@group-apis/core';
  if (url.includes('/.cache/contract-') || url.includes('/packages/contract/')) return '@group-apis/contract';
  if (url.includes('/openapi-fetch/')) return 'openapi-fetch';
  if (url.includes('/ajv/') || (url === '' && /^validate\d*$/.test(name))) return 'ajv (compiled validators)';
  if (url.includes('/.cache/hey-api-')) return 'hey-api client';
  if (url.includes('/tinybench/') || url.includes('/bench/src/')) return 'bench harness';
  if (/internal\/(deps\/undici|webstreams)|node:internal\/webstreams/.test(url) || url.includes('webstreams')) return 'web streams / undici (Request, Response, Headers, streams)';
  if (url.startsWith('node:') || url === '') return 'node internals and builtins';
  return 'other';
}

/**
 * @typedef {object} SummaryOptions
 * @property {number} [top] how many frames to list
 * @property {readonly string[]} [focusAreas] areas whose functions get inclusive times
 * @property {readonly (readonly [number, number])[]} [windows] only samples taken inside these [start, end]
 *   intervals (microseconds on the profile's clock, which is process.hrtime's), e.g. while one variant ran
 */

/**
 * @param {any} profile a parsed .cpuprofile
 * @param {SummaryOptions} options
 * @returns {ProfileSummary}
 */
export function summarizeProfile(profile, options = {}) {
  const top = options.top ?? 12;
  const focusAreas = options.focusAreas ?? ['@group-apis/core', '@group-apis/contract', 'openapi-fetch', 'hey-api client'];
  const windows = options.windows;
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  const samples = /** @type {number[]} */ (profile.samples);
  const deltas = /** @type {number[]} */ (profile.timeDeltas);
  let at = /** @type {number} */ (profile.startTime);
  for (let index = 0; index < samples.length; index += 1) {
    at += deltas[index] ?? 0;
    if (windows && !windows.some(([start, end]) => at >= start && at < end)) continue;
    const id = /** @type {number} */ (samples[index]);
    // A sample's time is the delta to the next one.
    const delta = Math.max(0, deltas[index + 1] ?? 0);
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  }
  let total = 0;
  for (const value of selfUs.values()) total += value;
  /** @type {Map<string, { name: string, where: string, us: number }>} */
  const frames = new Map();
  /** @type {Record<string, number>} */
  const byArea = {};
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id).callFrame;
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = frames.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    frames.set(key, entry);
    const area = areaOf(frame.url, name);
    byArea[area] = (byArea[area] ?? 0) + us;
  }
  const percent = (/** @type {number} */ us) => Math.round((1000 * us) / Math.max(total, 1)) / 10;
  /** @type {Map<string, { name: string, where: string, us: number }>} */
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    /** @type {Set<string>} */
    const seen = new Set();
    for (let current = /** @type {number | undefined} */ (id); current !== undefined; current = parentOf.get(current)) {
      const frame = nodes.get(current).callFrame;
      if (!focusAreas.includes(areaOf(frame.url, frame.functionName))) continue;
      const name = frame.functionName || '(anonymous)';
      const where = `${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      const key = `${name}@${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = inclusive.get(key) ?? { name, where, us: 0 };
      entry.us += us;
      inclusive.set(key, entry);
    }
  }
  return {
    sampledMs: Math.round(total / 1000),
    topFrames: [...frames.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((frame) => ({ name: frame.name, where: frame.where, selfPercent: percent(frame.us) })),
    topInclusive: [...inclusive.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((frame) => ({ name: frame.name, where: frame.where, selfPercent: percent(frame.us) })),
    byArea: Object.fromEntries(Object.entries(byArea).sort((a, b) => b[1] - a[1]).map(([area, us]) => [area, percent(us)])),
  };
}

/**
 * @param {string} url
 */
function shortUrl(url) {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + '/node_modules/'.length);
  const inCache = /\/\.cache\/([^/]+)\/(.*)$/.exec(path);
  if (inCache) return `${(inCache[1] ?? '').replace(/-[0-9a-f]{16}$/, '')}/${inCache[2]}`;
  return path.startsWith('node:') ? path : basename(path);
}

/**
 * Profiles only `work`, not the process start-up and setup before it: the V8 CPU profiler that
 * `node --cpu-prof` uses, driven through node:inspector. For child scripts.
 * @param {() => Promise<void>} work
 * @param {number} intervalUs sampling interval
 * @returns {Promise<any>} the .cpuprofile object
 */
export async function cpuProfile(work, intervalUs = 200) {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (/** @type {string} */ method, /** @type {object} */ params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: intervalUs });
    await post('Profiler.start');
    await work();
    const { profile } = /** @type {{ profile: any }} */ (await post('Profiler.stop'));
    return profile;
  } finally {
    session.disconnect();
  }
}

/**
 * Runs a child script that profiles itself with {@link cpuProfile} and writes the profile to the path
 * in BENCH_PROFILE_OUT; returns the profile and the script's last stdout line (e.g. call counts).
 * @param {string} script
 * @param {readonly string[]} args
 * @param {{ cwd: string }} options
 * @returns {Promise<{ profile: any, output: string }>}
 */
export async function profileScript(script, args, options) {
  const dir = mkdtempSync(join(tmpdir(), 'group-apis-bench-profile-'));
  const out = join(dir, 'run.cpuprofile');
  try {
    const result = await runOrThrow(node, [script, ...args], { cwd: options.cwd, timeoutMs: 300_000, env: { BENCH_PROFILE_OUT: out } });
    const output = result.stdout.trim().split('\n').pop() ?? '';
    return { profile: JSON.parse(readFileSync(out, 'utf8')), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
