import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readApis } from '@group-apis/spec';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from './support/repo.js';

// The allowed arrows of ARCHITECTURE.md ("The package graph"), checked in every package.json and in every
// import of our packages in the sources: an arrow not listed here is a design change, made here and there.
const root = findRepoRoot();
const clients = readApis(root).map((api) => api.packageName);
const CORE = '@group-apis/core';
const SPEC = '@group-apis/spec';

interface Allowed {
  /** What the package's own source (shipped or run) may import of ours: its `dependencies`. */
  readonly runtime: readonly string[];
  /** What its tests may import besides: its `devDependencies`. */
  readonly tests: readonly string[];
}

const allowed = new Map<string, Allowed>([
  [CORE, { runtime: [], tests: [] }],
  [SPEC, { runtime: [], tests: [] }],
  ...clients.map((client): [string, Allowed] => [client, { runtime: [CORE], tests: ['@group-apis/conformance', SPEC] }]),
  ['@group-apis/contract', { runtime: [SPEC], tests: [] }],
  ['@group-apis/conformance', { runtime: [SPEC, '@group-apis/contract'], tests: [] }],
  // It type-checks each page's client snippet against the client and checks the docs' samples with the contract.
  ['@group-apis/docs', { runtime: [], tests: [SPEC, '@group-apis/contract', ...clients] }],
  // The command that runs each client's vendor fake (`@group-apis/<api>/fake`).
  ['@group-apis/fake-cli', { runtime: clients, tests: [] }],
  // The clients against a hostile API host: it may name core and every client.
  ['@group-apis/adversarial', { runtime: [], tests: [CORE, ...clients] }],
  ['@group-apis/bench', { runtime: [], tests: [SPEC] }],
  ['@group-apis/repo-tests', { runtime: [], tests: [SPEC] }],
  // It installs and checks every public package from the outside, so it may name each of them.
  ['@group-apis/publish-check', { runtime: [], tests: [SPEC, '@group-apis/conformance', '@group-apis/contract', '@group-apis/fake-cli', CORE, ...clients] }],
]);

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const workspaces = [
  ...readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
    .map((entry) => join(root, 'packages', entry.name)),
  join(root, 'bench'),
].map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }));

const ours = (dependencies: Record<string, string> = {}) => Object.keys(dependencies).filter((name) => name.startsWith('@group-apis/'));

/** Every `@group-apis/...` package a source file imports (static, dynamic or type-only), by file. */
function importsOf(dir: string, folder: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const start = join(dir, folder);
  if (!existsSync(start)) return found;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'generated') walk(path);
      } else if (/\.(c|m)?[jt]s$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        // Statements only (a line starting with import/export ... from, or a dynamic import()), not code in strings.
        const statements = /^\s*(?:import|export)\b[^'"]*?from\s+['"](@group-apis\/[a-z0-9-]+)|^\s*import\s+['"](@group-apis\/[a-z0-9-]+)|\bimport\(\s*['"](@group-apis\/[a-z0-9-]+)/gm;
        const specifiers = [...text.matchAll(statements)].map((match) => (match[1] ?? match[2] ?? match[3])!);
        if (specifiers.length > 0) found.set(relative(root, path), [...new Set(specifiers)]);
      }
    }
  };
  walk(start);
  return found;
}

describe('the package graph', () => {
  it('knows every workspace package', () => {
    expect(workspaces.map(({ manifest }) => manifest.name).filter((name) => !allowed.has(name))).toEqual([]);
  });

  it.each(workspaces.map(({ dir, manifest }) => [manifest.name, dir, manifest] as const))('%s declares only its allowed arrows', (name, _dir, manifest) => {
    const rule = allowed.get(name)!;
    expect(ours(manifest.dependencies).filter((dependency) => !rule.runtime.includes(dependency)), 'dependencies').toEqual([]);
    expect(ours(manifest.peerDependencies), 'peerDependencies').toEqual([]);
    const testOnly = [...rule.runtime, ...rule.tests];
    expect(ours(manifest.devDependencies).filter((dependency) => !testOnly.includes(dependency)), 'devDependencies').toEqual([]);
  });

  it.each(workspaces.map(({ dir, manifest }) => [manifest.name, dir, manifest] as const))('%s imports only what it declares (src: dependencies; tests: both)', (name, dir, manifest) => {
    const self = (specifier: string) => specifier === name;
    const runtime = new Set(ours(manifest.dependencies));
    const all = new Set([...runtime, ...ours(manifest.devDependencies)]);
    const undeclared = (folder: string, declared: Set<string>) =>
      [...importsOf(dir, folder)].flatMap(([file, specifiers]) => specifiers.filter((specifier) => !self(specifier) && !declared.has(specifier)).map((specifier) => `${file} → ${specifier}`));
    // A private package (docs, publish-check, bench, repo-tests) is run here, never installed elsewhere: its
    // devDependencies are there when its src/ runs. A published one gets only its dependencies.
    const shipped = manifest.private ? all : runtime;
    expect([...undeclared('src', shipped), ...undeclared('bin', shipped)]).toEqual([]);
    expect([...undeclared('test', all), ...undeclared('scripts', all), ...undeclared('consumer', all)]).toEqual([]);
  });

  it('has no client that imports another client', () => {
    for (const { dir, manifest } of workspaces.filter(({ manifest }) => clients.includes(manifest.name))) {
      const others = [...importsOf(dir, 'src'), ...importsOf(dir, 'test')].flatMap(([file, specifiers]) =>
        specifiers.filter((specifier) => clients.includes(specifier) && specifier !== manifest.name).map((specifier) => `${file} → ${specifier}`),
      );
      expect(others).toEqual([]);
    }
  });
});
