import { bundle, createConfig } from '@redocly/openapi-core';
import type { OpenApiDocument } from './openapi.js';

/**
 * Reads a spec (split files and all) into one document. References between components stay references,
 * so the reference page keeps the schema names the spec gives them.
 */
export async function loadSpec(specPath: string): Promise<OpenApiDocument> {
  const config = await createConfig({});
  const result = await bundle({ ref: specPath, config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const where = errors.map((problem) => `${problem.location[0]?.pointer ?? ''}: ${problem.message}`).join('\n');
    throw new Error(`${specPath} cannot be bundled:\n${where}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}
