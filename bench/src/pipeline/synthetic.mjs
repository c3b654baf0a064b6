// Synthetic APIs for the growth benchmark: variants of the real specs with renamed paths, schemas and
// operation ids, each with a client package shaped like the real ones, in a repository that holds
// nothing else (so the curve is the per-API pipeline and turbo, not the shared packages).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { readApis, withOnlyApis } from '@group-apis/spec';
import { node, runOrThrow } from '../process.mjs';
import { commitSnapshot, copyFiles, linkNodeModules, listSourceFiles, makeTempDir, repoRoot, tempRepo } from './temp-repo.mjs';

/**
 * @typedef {object} BaseApi
 * @property {string} name
 * @property {string} spec relative to the repo root
 */

/** The APIs redocly.yaml lists whose client package exists, in its order. */
export function baseApis() {
  return readApis(repoRoot)
    .filter((api) => existsSync(join(api.packageDir, 'package.json')) && existsSync(api.spec))
    .map((api) => ({ name: api.name, spec: relative(repoRoot, api.spec) }));
}

/**
 * Every `$ref` to a renamed schema, rewritten in place.
 * @param {unknown} node
 * @param {Map<string, string>} renamed old ref → new ref
 */
function rewriteRefs(node, renamed) {
  if (Array.isArray(node)) {
    for (const item of node) rewriteRefs(item, renamed);
  } else if (node !== null && typeof node === 'object') {
    const record = /** @type {Record<string, unknown>} */ (node);
    for (const [key, value] of Object.entries(record)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#')) throw new Error(`external $ref ${value}: synthetic variants need single-file specs`);
        record[key] = renamed.get(value) ?? value;
      } else {
        rewriteRefs(value, renamed);
      }
    }
  }
}

/**
 * The spec text of variant `suffix` of a real spec.
 * @param {string} specText
 * @param {string} suffix e.g. "s007"
 */
export function syntheticSpec(specText, suffix) {
  const doc = parse(specText);
  const tag = suffix.toUpperCase();
  doc.info.title = `${doc.info.title} (synthetic ${suffix})`;
  doc.paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([path, item]) => [`/${suffix}${path}`, item]));
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(/** @type {Record<string, any>} */ (item))) {
      if (operation && typeof operation === 'object' && typeof operation.operationId === 'string') operation.operationId += tag;
    }
  }
  /** @type {Map<string, string>} */
  const renamed = new Map();
  const schemas = doc.components?.schemas ?? {};
  doc.components.schemas = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      renamed.set(`#/components/schemas/${name}`, `#/components/schemas/${name}${tag}`);
      return [`${name}${tag}`, schema];
    }),
  );
  rewriteRefs(doc, renamed);
  return stringify(doc, { lineWidth: 0 });
}

const CLIENT_SOURCE = `import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';

export type { paths } from './generated/schema.js';

/** Creates a typed client for this synthetic API. */
export function createApiClient(baseUrl: string): Client<paths> {
  return createClient<paths>({ baseUrl });
}
`;

const SMOKE_TEST = `import { expect, test } from 'vitest';
import { createApiClient } from '../src/index.js';

test('the client is created', () => {
  expect(typeof createApiClient('http://127.0.0.1:9').GET).toBe('function');
});
`;

/**
 * The files of one synthetic API's client package, modelled on the real package it varies.
 * @param {BaseApi} base
 * @param {string} name
 * @param {{ withTest: boolean }} options
 * @returns {Map<string, string>} relative path → content
 */
function syntheticPackage(base, name, options) {
  const from = (/** @type {string} */ file) => readFileSync(join(repoRoot, 'packages', base.name, file), 'utf8');
  const manifest = JSON.parse(from('package.json'));
  const scripts = { lint: manifest.scripts.lint, generate: manifest.scripts.generate, build: manifest.scripts.build };
  const openapiFetch = manifest.dependencies?.['openapi-fetch'] ?? '0.17.0';
  const packageJson = {
    name: `@group-apis/${name}`,
    version: '0.0.0',
    private: true,
    type: 'module',
    exports: manifest.exports,
    scripts: options.withTest ? { ...scripts, test: 'vitest run' } : scripts,
    dependencies: { 'openapi-fetch': openapiFetch },
  };
  const turbo = from('turbo.json').replaceAll(`specs/${base.name}/`, `specs/${name}/`);
  const files = new Map([
    [`packages/${name}/package.json`, `${JSON.stringify(packageJson, null, 2)}\n`],
    [`packages/${name}/turbo.json`, turbo],
    [`packages/${name}/tsconfig.json`, from('tsconfig.json')],
    [`packages/${name}/tsconfig.build.json`, from('tsconfig.build.json')],
    [`packages/${name}/src/index.ts`, CLIENT_SOURCE],
    [`specs/${name}/openapi.yaml`, syntheticSpec(readFileSync(join(repoRoot, base.spec), 'utf8'), name.slice(name.lastIndexOf('-') + 1))],
  ]);
  if (options.withTest) files.set(`packages/${name}/test/client.test.ts`, SMOKE_TEST);
  return files;
}

/**
 * Adds workspace entries to the copy's lockfile for packages it lacks, and drops those of packages the
 * copy does not have, as `npm install` would: turbo reads the lockfile to hash each package's dependencies.
 * @param {string} root
 * @param {{ name: string, folder: string, dependencies: Record<string, string> }[]} added
 * @param {string[]} keptFolders workspace folders present in the copy
 */
function fixLockfile(root, added, keptFolders) {
  const file = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(lock.packages)) {
    const link = lock.packages[key];
    if (key.startsWith('node_modules/@group-apis/') && link.link && !keptFolders.includes(link.resolved)) delete lock.packages[key];
    if ((key.startsWith('packages/') || key === 'bench') && !keptFolders.includes(key)) delete lock.packages[key];
  }
  for (const pkg of added) {
    lock.packages[pkg.folder] = { name: pkg.name, version: '0.0.0', dependencies: pkg.dependencies };
    lock.packages[`node_modules/${pkg.name}`] = { resolved: pkg.folder, link: true };
  }
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

/**
 * A repository with `count` synthetic APIs and the real root configuration and scripts, ready for turbo.
 * @param {number} count
 * @param {{ withTests?: boolean }} options withTests: give each package a one-line vitest test
 * @returns {import('./temp-repo.mjs').TempRepo & { apis: string[] }}
 */
export function syntheticRepo(count, options = {}) {
  const bases = baseApis();
  if (bases.length === 0) throw new Error('redocly.yaml lists no API with a spec and a client package');
  const repo = tempRepo(makeTempDir(`growth-${count}`));
  try {
    return { ...repo, apis: writeSyntheticRepo(repo.dir, count, bases, options) };
  } catch (error) {
    repo.remove();
    throw error;
  }
}

/**
 * @param {string} dir
 * @param {number} count
 * @param {BaseApi[]} bases
 * @param {{ withTests?: boolean }} options
 * @returns {string[]} the API names
 */
function writeSyntheticRepo(dir, count, bases, options) {
  const rootFiles = listSourceFiles(repoRoot).filter(
    (file) => (file.includes('/') ? file.startsWith('scripts/') : !file.endsWith('.md')),
  );
  copyFiles(repoRoot, dir, rootFiles);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  manifest.workspaces = ['packages/*'];
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  /** @type {string[]} */
  const apis = [];
  const added = [];
  const width = String(count).length < 3 ? 3 : String(count).length;
  for (let index = 0; index < count; index += 1) {
    const base = /** @type {BaseApi} */ (bases[index % bases.length]);
    const name = `${base.name}-s${String(index + 1).padStart(width, '0')}`;
    for (const [file, content] of syntheticPackage(base, name, { withTest: options.withTests ?? false })) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    apis.push(name);
    added.push({ name: `@group-apis/${name}`, folder: `packages/${name}`, dependencies: { 'openapi-fetch': '0.17.0' } });
  }
  writeFileSync(join(dir, 'redocly.yaml'), withOnlyApis(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8'), Object.fromEntries(apis.map((name) => [name, {}]))));
  fixLockfile(dir, added, added.map((pkg) => pkg.folder));
  linkNodeModules(dir);
  commitSnapshot(dir);
  return apis;
}

/**
 * A synthetic repository whose generated files are committed, as this repo's are: turbo hashes a task's
 * inputs when the run starts, so a generated file that appears during a run changes the next run's hashes.
 * @param {number} count
 * @param {{ withTests?: boolean }} options
 * @returns {Promise<import('./temp-repo.mjs').TempRepo & { apis: string[] }>}
 */
export async function syntheticCopy(count, options = {}) {
  const repo = syntheticRepo(count, options);
  try {
    await runOrThrow(node, ['scripts/generate.mjs', '--all'], { cwd: repo.dir, timeoutMs: 60 * 60_000 });
    commitSnapshot(repo.dir, 'generated');
  } catch (error) {
    repo.remove();
    throw error;
  }
  return repo;
}
