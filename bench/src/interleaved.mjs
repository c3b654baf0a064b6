// Runs competing tasks side by side: several short tinybench rounds, each running every task once in a
// rotated order, so a change in machine load during the run hits all tasks alike. Ratios are taken per
// round and then summarised, which keeps them meaningful on a busy machine.
import { Bench } from 'tinybench';
import { summarize } from './stats.mjs';

/**
 * @typedef {object} RoundOptions
 * @property {number} rounds
 * @property {number} timeMs time budget per task per round
 * @property {number} warmupMs warm-up per task per round
 * @property {number} [iterations] minimum iterations per task per round
 */

/**
 * @typedef {object} TaskSummary
 * @property {import('./stats.mjs').Summary} opsPerSec one figure per round: that round's mean throughput
 * @property {import('./stats.mjs').Summary} latencyP50Ms one figure per round: that round's median latency
 * @property {number} samples total measured calls over all rounds
 * @property {number} rmePercent worst relative margin of error tinybench reported for a round
 */

/**
 * @param {Record<string, () => unknown>} tasks sync or async
 * @param {RoundOptions} options
 * @returns {Promise<{ tasks: Record<string, TaskSummary>, perRound: Record<string, number>[] }>} perRound: each round's p50 latency per task
 */
export async function runInterleaved(tasks, options) {
  const names = Object.keys(tasks);
  /** @type {Record<string, number[]>} */
  const ops = Object.fromEntries(names.map((name) => [name, []]));
  /** @type {Record<string, number[]>} */
  const p50 = Object.fromEntries(names.map((name) => [name, []]));
  /** @type {Record<string, number>} */
  const samples = Object.fromEntries(names.map((name) => [name, 0]));
  /** @type {Record<string, number>} */
  const rme = Object.fromEntries(names.map((name) => [name, 0]));
  /** @type {Record<string, number>[]} */
  const perRound = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const bench = new Bench({
      time: options.timeMs,
      warmupTime: options.warmupMs,
      iterations: options.iterations ?? 16,
      warmupIterations: 4,
      throws: true,
    });
    const order = names.map((_, index) => /** @type {string} */ (names[(index + round) % names.length]));
    for (const name of order) bench.add(name, /** @type {() => unknown} */ (tasks[name]));
    await bench.run();
    /** @type {Record<string, number>} */
    const roundP50 = {};
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
      /** @type {number[]} */ (ops[task.name]).push(result.throughput.mean);
      /** @type {number[]} */ (p50[task.name]).push(result.latency.p50);
      samples[task.name] = /** @type {number} */ (samples[task.name]) + result.latency.samplesCount;
      rme[task.name] = Math.max(/** @type {number} */ (rme[task.name]), result.latency.rme);
      roundP50[task.name] = result.latency.p50;
    }
    perRound.push(roundP50);
  }
  /** @type {Record<string, TaskSummary>} */
  const summaries = {};
  for (const name of names) {
    summaries[name] = {
      opsPerSec: summarize(/** @type {number[]} */ (ops[name])),
      latencyP50Ms: summarize(/** @type {number[]} */ (p50[name])),
      samples: /** @type {number} */ (samples[name]),
      rmePercent: /** @type {number} */ (rme[name]),
    };
  }
  return { tasks: summaries, perRound };
}

/**
 * The ratio of two tasks' latencies, round by round (numerator slower → ratio above 1).
 * @param {Record<string, number>[]} perRound
 * @param {string} numerator
 * @param {string} denominator
 */
export function latencyRatio(perRound, numerator, denominator) {
  return summarize(perRound.map((round) => /** @type {number} */ (round[numerator]) / /** @type {number} */ (round[denominator])));
}
