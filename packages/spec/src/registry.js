// The API registry: redocly.yaml's `apis`, one entry per API, and every fact derived from it. This is the one
// reader of redocly.yaml in the repository (test/one-reader.test.ts keeps it so).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { UsageError } from './errors.js';
import { clientPackageName, factoryName } from './naming.js';

/**
 * @typedef {object} ApiEntry An API as redocly.yaml's `apis` lists it.
 * @property {string} name The `apis` key: one name per API everywhere (folder, package, docs page).
 * @property {string} spec Absolute path of the spec's root file.
 * @property {string | undefined} output Absolute path of the generated schema (`x-openapi-ts.output`).
 * @property {string} packageDir Absolute path of the client package generated from the spec.
 * @property {string} packageName The client package's npm name, e.g. `@group-apis/kore-ai`.
 * @property {string} factoryName The factory the client package exports, e.g. `createKoreAiClient`.
 * @property {string} readmePath Absolute path of the spec's README.md (sources, repairs, choices).
 */

/**
 * The nearest folder at or above `from` that holds redocly.yaml, or undefined.
 * @param {string} from
 */
export function findRedoclyRoot(from) {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'redocly.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return dir;
}

/**
 * The repository root: the nearest folder above `from` (default: this module) that holds redocly.yaml.
 * @param {string} [from]
 */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))) {
  const root = findRedoclyRoot(from);
  if (!root) throw new UsageError(`No redocly.yaml found above ${from}`);
  return root;
}

/**
 * The `apis` of a redocly.yaml text, each with its paths resolved against `root`, in the file's order.
 * @param {string} redoclyYaml
 * @param {string} root
 * @returns {ApiEntry[]}
 */
export function parseApis(redoclyYaml, root) {
  const config = /** @type {{ apis?: Record<string, { root?: unknown; 'x-openapi-ts'?: { output?: unknown } } | null> } | null} */ (parse(redoclyYaml));
  return Object.entries(config?.apis ?? {}).map(([name, entry]) => {
    if (typeof entry?.root !== 'string') throw new UsageError(`redocly.yaml: apis.${name} has no root`);
    const spec = join(root, entry.root);
    const output = entry['x-openapi-ts']?.output;
    const outputPath = typeof output === 'string' ? join(root, output) : undefined;
    // The generated schema lives at packages/<api>/src/generated/schema.ts: its package is two folders up.
    const packageDir = outputPath ? resolve(dirname(outputPath), '..', '..') : join(root, 'packages', name);
    return {
      name,
      spec,
      output: outputPath,
      packageDir,
      packageName: clientPackageName(name),
      factoryName: factoryName(name),
      readmePath: join(dirname(spec), 'README.md'),
    };
  });
}

/**
 * Every API redocly.yaml at `root` lists, in its order.
 * @param {string} [root]
 */
export function readApis(root = findRepoRoot()) {
  return parseApis(readFileSync(join(root, 'redocly.yaml'), 'utf8'), root);
}

/**
 * The APIs whose spec has been written: specs appear one by one, and the site shows each as it lands.
 * @param {string} [root]
 */
export function readPublishedApis(root = findRepoRoot()) {
  return readApis(root).filter((api) => existsSync(api.spec));
}

/**
 * The API names redocly.yaml lists.
 * @param {string} [root]
 */
export function apiNames(root = findRepoRoot()) {
  return readApis(root).map((api) => api.name);
}

/** @param {string} api */
export function looksLikeSpecPath(api) {
  return /\.(ya?ml|json)$/i.test(api) || api.includes('/') || api.includes('\\');
}

/**
 * The spec file of an API as redocly.yaml's `apis` entry names it, or the path itself when given a file.
 * @param {string} api
 * @param {string} [root]
 */
export function specPathOf(api, root = findRepoRoot()) {
  if (looksLikeSpecPath(api)) return resolve(api);
  const entries = readApis(root);
  const entry = entries.find((candidate) => candidate.name === api);
  if (!entry) throw new UsageError(`redocly.yaml has no apis entry "${api}" (known: ${entries.map((e) => e.name).join(', ')})`);
  return entry.spec;
}

/**
 * For scripts: the APIs named on the command line, or the one whose package is `cwd`, or all with --all.
 * @param {readonly string[]} argv
 * @param {string} root
 * @param {string} [cwd]
 */
export function selectApis(argv, root, cwd = process.cwd()) {
  const apis = readApis(root);
  const names = argv.filter((arg) => !arg.startsWith('--'));
  if (argv.includes('--all')) return apis;
  const wanted = names.length > 0 ? names : [basename(cwd)];
  return wanted.map((name) => {
    const api = apis.find((candidate) => candidate.name === name);
    if (!api) {
      const known = apis.map((candidate) => candidate.name).join(', ');
      throw new Error(`Unknown API "${name}": redocly.yaml lists ${known}.`);
    }
    return api;
  });
}
