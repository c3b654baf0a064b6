import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.js';
import { findRedoclyRoot, looksLikeSpecPath, readApis } from '@group-apis/spec';

/** Where the build puts each spec bundled into one file, so the published CLI knows every API by name. */
export const packagedSpecsDir = join(dirname(fileURLToPath(import.meta.url)), 'specs');

export interface ResolvedSpec {
  /** The API's name, or the file's base name for a path. */
  name: string;
  path: string;
}

function packagedNames(): string[] {
  if (!existsSync(packagedSpecsDir)) return [];
  return readdirSync(packagedSpecsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));
}

/**
 * Resolves `--api`: a spec file path as given; else the API of that name in the nearest redocly.yaml above
 * `cwd` (this monorepo, or any repo laid out like it); else the spec shipped inside this package.
 */
export function resolveSpec(api: string, cwd = process.cwd()): ResolvedSpec {
  if (looksLikeSpecPath(api)) {
    const path = resolve(cwd, api);
    const name = path.split(/[\\/]/).slice(-2, -1)[0] ?? api;
    return { name, path };
  }
  const root = findRedoclyRoot(cwd);
  const local = root ? readApis(root).find((entry) => entry.name === api) : undefined;
  if (local) return { name: api, path: local.spec };
  const packaged = packagedNames();
  if (packaged.includes(api)) return { name: api, path: join(packagedSpecsDir, `${api}.json`) };
  const known = [...new Set([...(root ? readApis(root).map((entry) => entry.name) : []), ...packaged])];
  throw new UsageError(`unknown API "${api}" (known: ${known.join(', ') || 'none'}); pass a spec file path instead`);
}
