import { existsSync, statSync } from 'node:fs';
import { bundle, createConfig } from '@redocly/openapi-core';
import { displayPath } from './display-path.js';
import { UsageError } from './errors.js';
/** @import { OpenApiDocument } from './model.js' */

/**
 * @typedef {object} YamlProblem
 * @property {{ absoluteRef?: string }} [source]
 * @property {number} [line]
 * @property {number} [col]
 * @property {{ message?: string }} [originalError]
 */

/**
 * "missed comma between flow collection entries" from redocly's multi-line, file-suffixed message.
 * @param {string} message
 */
function yamlReason(message) {
  return /** @type {string} */ (message.split('\n')[0]).replace(/\s+in "[^"]*" \(\d+:\d+\)\s*$/, '').trim();
}

/**
 * @param {unknown} error
 * @param {string} specPath
 */
function failedParse(error, specPath) {
  // Redocly's YamlParseError: recognised by its shape, its `name` is the generic "Error".
  if (!(error instanceof Error) || !('originalError' in error) || !('line' in error)) return undefined;
  const problem = /** @type {Error & YamlProblem} */ (error);
  const file = displayPath(problem.source?.absoluteRef ?? specPath);
  return new UsageError(`${file}:${problem.line ?? '?'}:${problem.col ?? '?'}: ${yamlReason(problem.originalError?.message ?? error.message)} (malformed YAML)`);
}

/**
 * @typedef {object} LoadSpecOptions
 * @property {boolean} [dereference] Resolve every `$ref` (default). `false` keeps references between
 *   components, so a reference page keeps the schema names the spec gives them.
 */

/**
 * Reads a spec (split files and all) into one document. Throws a UsageError with a one-line message for a
 * missing file, malformed YAML (file:line:column) or a $ref that cannot be resolved.
 * @param {string} specPath
 * @param {LoadSpecOptions} [options]
 * @returns {Promise<OpenApiDocument>}
 */
export async function loadSpec(specPath, options = {}) {
  if (!existsSync(specPath) || !statSync(specPath).isFile()) throw new UsageError(`spec not found: ${displayPath(specPath)}`);
  const config = await createConfig({});
  /** @type {Awaited<ReturnType<typeof bundle>>} */
  let result;
  try {
    result = await bundle({ ref: specPath, config, dereference: options.dereference ?? true });
  } catch (error) {
    throw failedParse(error, specPath) ?? new UsageError(`${displayPath(specPath)} cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const first = errors[0];
  if (first) {
    const location = /** @type {(typeof first.location)[number] & { start?: { line: number; col: number } } | undefined} */ (first.location[0]);
    const file = displayPath(location?.source.absoluteRef ?? specPath);
    const where = location?.start ? `${file}:${location.start.line}:${location.start.col}` : `${file}${location?.pointer ? ` ${location.pointer}` : ''}`;
    const reason = /^Failed to parse:/.test(first.message) ? `${yamlReason(first.message.replace(/^Failed to parse:\s*/, ''))} (malformed YAML)` : yamlReason(first.message);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new UsageError(`${where}: ${reason}${more}`);
  }
  const doc = /** @type {OpenApiDocument | null} */ (result.bundle.parsed);
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string') {
    throw new UsageError(`${displayPath(specPath)} is not an OpenAPI document (no "openapi" field)`);
  }
  return doc;
}
