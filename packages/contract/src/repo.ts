import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { UsageError } from './errors.js';

export interface ApiEntry {
  name: string;
  /** Absolute path of the spec's root file. */
  spec: string;
}

/** The nearest folder at or above `from` that holds redocly.yaml, or undefined. */
export function findRedoclyRoot(from: string): string | undefined {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'redocly.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return dir;
}

/** The repository root: the nearest folder above `from` (default: this module) that holds redocly.yaml. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  const root = findRedoclyRoot(from);
  if (!root) throw new UsageError(`No redocly.yaml found above ${from}`);
  return root;
}

/** The `apis` of a redocly.yaml text, each with its spec path resolved against `root`. */
export function parseApiEntries(redoclyYaml: string, root: string): ApiEntry[] {
  const config = (parse(redoclyYaml) ?? {}) as { apis?: Record<string, { root?: string }> };
  return Object.entries(config.apis ?? {})
    .filter(([, entry]) => typeof entry?.root === 'string')
    .map(([name, entry]) => ({ name, spec: join(root, entry.root!) }));
}

/** The APIs redocly.yaml at `root` lists. */
export function readApiEntries(root: string): ApiEntry[] {
  return parseApiEntries(readFileSync(join(root, 'redocly.yaml'), 'utf8'), root);
}

export function looksLikeSpecPath(api: string): boolean {
  return /\.(ya?ml|json)$/i.test(api) || api.includes('/') || api.includes('\\');
}

/** The spec file of an API as redocly.yaml's `apis` entry names it, or the path itself when given a file. */
export function specPathOf(api: string, root = findRepoRoot()): string {
  if (looksLikeSpecPath(api)) return resolve(api);
  const entries = readApiEntries(root);
  const entry = entries.find((candidate) => candidate.name === api);
  if (!entry) throw new UsageError(`redocly.yaml has no apis entry "${api}" (known: ${entries.map((e) => e.name).join(', ')})`);
  return entry.spec;
}
