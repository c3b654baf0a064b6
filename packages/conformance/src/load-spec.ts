import { bundle, createConfig } from '@redocly/openapi-core';
import type { OpenApiDocument } from './openapi.js';

const YAML_POSITION = /in "([^"]+)" \((\d+):(\d+)\)/;

/** Reads a spec (split files and all) into one document with every $ref resolved. */
export async function loadSpec(specPath: string): Promise<OpenApiDocument> {
  const config = await createConfig({});
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: specPath, config, dereference: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = YAML_POSITION.exec(message);
    // Lead with file:line:column so editors and CI logs link straight to the problem.
    throw new Error(position ? `${position[1]}:${position[2]}:${position[3]}: ${message}` : `${specPath}: ${message}`, { cause: error });
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const where = errors.map((problem) => `${problem.location[0]?.pointer ?? ''}: ${problem.message}`).join('\n');
    throw new Error(`${specPath} cannot be bundled:\n${where}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}
