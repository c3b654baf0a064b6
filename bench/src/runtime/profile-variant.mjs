// Child process for profiling: runs the request variants over the stub fetch in alternating short blocks
// under one CPU profile, so load on the machine hits them alike, and reports which time windows belonged
// to which variant. Writes the .cpuprofile to $BENCH_PROFILE_OUT and prints one JSON line
// { calls: { label: n }, windows: { label: [[startUs, endUs], ...] } }.
//   node profile-variant.mjs <labels, comma-separated> <milliseconds> <warm-up calls>
import { writeFileSync } from 'node:fs';
import { cpuProfile } from '../profile.mjs';
import { koreSample } from './fixtures.mjs';
import { loadCore } from './load-core.mjs';
import { loadPeer } from './load-peer.mjs';
import { allVariants } from './request-variants.mjs';
import { stubFetch } from './stub-fetch.mjs';

const BLOCK_MS = 20;
const [labelsArg = '', durationArg = '2000', warmupArg = '2000'] = process.argv.slice(2);
const variants = allVariants({
  core: await loadCore(),
  peer: await loadPeer(),
  fetchImpl: stubFetch(JSON.stringify(koreSample())),
  baseUrl: 'https://bots.kore.ai/api/public',
});
const labels = labelsArg.split(',');
for (const label of labels) if (!variants[label]) throw new Error(`unknown variant "${label}": ${Object.keys(variants).join(', ')}`);
const run = (/** @type {string} */ label) => /** @type {() => Promise<unknown>} */ (variants[label]);

// Warm up first so the profile shows steady-state code, not compilation.
for (const label of labels) for (let call = 0; call < Number(warmupArg); call += 1) await run(label)();

/** @type {Record<string, number>} */
const calls = Object.fromEntries(labels.map((label) => [label, 0]));
/** @type {Record<string, [number, number][]>} */
const windows = Object.fromEntries(labels.map((label) => [label, []]));
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const profile = await cpuProfile(async () => {
  const until = performance.now() + Number(durationArg);
  while (performance.now() < until) {
    for (const label of labels) {
      const variant = run(label);
      const start = nowUs();
      const blockEnd = performance.now() + BLOCK_MS;
      let n = 0;
      while (performance.now() < blockEnd) {
        await variant();
        n += 1;
      }
      /** @type {[number, number][]} */ (windows[label]).push([start, nowUs()]);
      calls[label] = /** @type {number} */ (calls[label]) + n;
    }
  }
});
const out = process.env['BENCH_PROFILE_OUT'];
if (!out) throw new Error('BENCH_PROFILE_OUT is not set');
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(`${JSON.stringify({ calls, windows })}\n`);
