import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOnlyApis } from '@group-apis/spec';

/**
 * The repo's own redocly.yaml (its real, strict rules) with `apis` replaced by the given ones, each linted
 * from specs/<name>/openapi.yaml (with the API's own rule overrides, if any) and generated into
 * packages/<name>/src/generated/schema.ts.
 */
export function redoclyConfigFor(repoRoot: string, apis: Record<string, { rules?: Record<string, unknown> }>): string {
  return withOnlyApis(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8'), apis);
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return index + 1;
}
