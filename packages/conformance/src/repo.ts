import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root: the nearest folder above this module that holds redocly.yaml. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'redocly.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No redocly.yaml found above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The spec file of an API as redocly.yaml's `apis` entry names it, or the path itself when given a file. */
export function specPathOf(api: string, root = findRepoRoot()): string {
  if (api.endsWith('.yaml') || api.endsWith('.yml') || api.endsWith('.json')) return resolve(api);
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, { root: string }> };
  const entry = config.apis?.[api];
  if (!entry) throw new Error(`redocly.yaml has no apis entry "${api}" (known: ${Object.keys(config.apis ?? {}).join(', ')})`);
  return join(root, entry.root);
}
