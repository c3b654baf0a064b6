// Per-API facts that live with the API, in its client package beside the code they measure: the size budget
// (packages/<api>/size-budget.json) and the consumer smoke script (packages/<api>/consumer-smoke.ts), both
// read by publish-check. Adding an API touches specs/<api>/, packages/<api>/ and one entry of redocly.yaml.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError } from './errors.js';

/** The size budget's file in a client package: `{ "maxGzippedBytes": <n> }`. */
export const SIZE_BUDGET_FILE = 'size-budget.json';
/** The script a project outside the workspace compiles and runs against a mock of the spec. */
export const CONSUMER_SMOKE_FILE = 'consumer-smoke.ts';

/**
 * @param {{ packageDir: string }} api
 */
export function sizeBudgetPathOf(api) {
  return join(api.packageDir, SIZE_BUDGET_FILE);
}

/**
 * @param {{ packageDir: string }} api
 */
export function consumerSmokePathOf(api) {
  return join(api.packageDir, CONSUMER_SMOKE_FILE);
}

/**
 * Max bytes, minified and gzipped, of the API's client with everything it imports.
 * @param {{ name: string; packageDir: string }} api
 * @returns {number}
 */
export function readSizeBudget(api) {
  const path = sizeBudgetPathOf(api);
  const shown = relative(process.cwd(), path) || path;
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shown}: the size budget of ${api.name} cannot be read (${/** @type {Error} */ (error).message})`);
  }
  const bytes = parsed?.maxGzippedBytes;
  if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes <= 0) {
    throw new UsageError(`${shown}: maxGzippedBytes must be a positive whole number of bytes`);
  }
  return bytes;
}
