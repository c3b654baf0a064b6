import { findRepoRoot } from '@group-apis/contract';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** An API as redocly.yaml's `apis` list names it. */
export interface ApiEntry {
  /** The `apis` key: one name per API everywhere (folder, package, docs page). */
  name: string;
  /** Absolute path of the root spec file. */
  specPath: string;
  /** Absolute path of the spec's README.md (repairs, choices, inferences). */
  readmePath: string;
  /** Absolute path of the client package that is generated from the spec. */
  packageDir: string;
}

export { findRepoRoot };

interface RedoclyApisConfig {
  apis?: Record<string, { root?: string; 'x-openapi-ts'?: { output?: string } }>;
}

/** Every API redocly.yaml lists, in its order. */
export function readApis(repoRoot = findRepoRoot()): ApiEntry[] {
  const config = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8')) as RedoclyApisConfig;
  return Object.entries(config.apis ?? {}).map(([name, entry]) => {
    if (!entry.root) throw new Error(`redocly.yaml: apis.${name} has no root`);
    const specPath = join(repoRoot, entry.root);
    const output = entry['x-openapi-ts']?.output;
    // The generated schema lives at packages/<api>/src/generated/schema.ts: its package is two folders up.
    const packageDir = output ? resolve(repoRoot, dirname(output), '..', '..') : join(repoRoot, 'packages', name);
    return { name, specPath, readmePath: join(dirname(specPath), 'README.md'), packageDir };
  });
}

/** The APIs whose spec has been written: specs appear one by one, and the site shows each as it lands. */
export function readPublishedApis(repoRoot = findRepoRoot()): ApiEntry[] {
  return readApis(repoRoot).filter((api) => existsSync(api.specPath));
}

/** The npm name of an API's client package. */
export function packageNameOf(packageDir: string): string {
  const manifest = join(packageDir, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${manifest}: missing (the index names each API's client package)`);
  const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
  if (!name) throw new Error(`${manifest}: has no name`);
  return name;
}
