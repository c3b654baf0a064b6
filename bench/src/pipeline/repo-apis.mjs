// The APIs a repository (the checkout or a copy) lists in its redocly.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * @param {string} root
 * @returns {{ name: string, spec: string, packageName: string }[]}
 */
export function repoApis(root) {
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'));
  return Object.entries(config.apis ?? {}).map(([name, entry]) => ({
    name,
    spec: /** @type {string} */ (/** @type {any} */ (entry).root),
    packageName: `@group-apis/${name}`,
  }));
}
