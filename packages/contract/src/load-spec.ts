import { existsSync, statSync } from 'node:fs';
import { bundle, createConfig } from '@redocly/openapi-core';
import { displayPath } from './display-path.js';
import { UsageError } from './errors.js';
import type { OpenApiDocument } from './openapi.js';

interface YamlProblem {
  source?: { absoluteRef?: string };
  line?: number;
  col?: number;
  originalError?: { message?: string };
}

/** "missed comma between flow collection entries" from redocly's multi-line, file-suffixed message. */
function yamlReason(message: string): string {
  return message.split('\n')[0]!.replace(/\s+in "[^"]*" \(\d+:\d+\)\s*$/, '').trim();
}

function failedParse(error: unknown, specPath: string): UsageError | undefined {
  // Redocly's YamlParseError: recognised by its shape, its `name` is the generic "Error".
  if (!(error instanceof Error) || !('originalError' in error) || !('line' in error)) return undefined;
  const problem = error as Error & YamlProblem;
  const file = displayPath(problem.source?.absoluteRef ?? specPath);
  return new UsageError(`${file}:${problem.line ?? '?'}:${problem.col ?? '?'}: ${yamlReason(problem.originalError?.message ?? error.message)} (malformed YAML)`);
}

/**
 * Reads a spec (split files and all) into one document with every $ref resolved. Throws a UsageError with
 * a one-line message for a missing file, malformed YAML (file:line:column) or a $ref that cannot be resolved.
 */
export async function loadSpec(specPath: string): Promise<OpenApiDocument> {
  if (!existsSync(specPath) || !statSync(specPath).isFile()) throw new UsageError(`spec not found: ${displayPath(specPath)}`);
  const config = await createConfig({});
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: specPath, config, dereference: true });
  } catch (error) {
    throw failedParse(error, specPath) ?? new UsageError(`${displayPath(specPath)} cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const first = errors[0];
  if (first) {
    const location = first.location[0] as (typeof first.location)[number] & { start?: { line: number; col: number } };
    const file = displayPath(location?.source.absoluteRef ?? specPath);
    const where = location?.start ? `${file}:${location.start.line}:${location.start.col}` : `${file}${location?.pointer ? ` ${location.pointer}` : ''}`;
    const reason = /^Failed to parse:/.test(first.message) ? `${yamlReason(first.message.replace(/^Failed to parse:\s*/, ''))} (malformed YAML)` : yamlReason(first.message);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new UsageError(`${where}: ${reason}${more}`);
  }
  const doc = result.bundle.parsed as OpenApiDocument | null;
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string') {
    throw new UsageError(`${displayPath(specPath)} is not an OpenAPI document (no "openapi" field)`);
  }
  return doc;
}
