import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerSmokePathOf, readApis } from '@group-apis/spec';
import type { PackedPackage } from './pack.js';
import { outsideNpmEnv, runOrThrow } from './run.js';
import { publishCheckDir, readManifest, repoRoot } from './workspace.js';

/** The Node 24 the consumer also runs on: the npm package ships the binary and has no install script. */
export const NODE_24_VERSION = '24.9.0';

function node24PackageName(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
}

export interface ConsumerProject {
  dir: string;
  /** The binary from the installed Node 24 package. */
  node24: string;
}

/** The consumer's own tools, at the versions this repository pins (root package.json). */
function consumerDevDependencies(): Record<string, string> {
  const pinned = readManifest(repoRoot).devDependencies ?? {};
  const tools = ['typescript', '@types/node'];
  const versions = Object.fromEntries(tools.map((tool) => [tool, pinned[tool]]));
  for (const [tool, version] of Object.entries(versions)) {
    if (!version) throw new Error(`The root package.json pins no ${tool}; the consumer project installs the same version.`);
  }
  return { ...(versions as Record<string, string>), [node24PackageName()]: NODE_24_VERSION };
}

/**
 * Writes a fresh project in `dir` (outside the workspace) from consumer/ and each client's consumer-smoke.ts: its dependencies are the packed
 * tarballs only, so npm fetches nothing of ours from the registry, only their registry dependencies.
 */
export async function createConsumerProject(dir: string, packed: Iterable<PackedPackage>): Promise<ConsumerProject> {
  cpSync(join(publishCheckDir, 'consumer'), dir, { recursive: true });
  // Each client's smoke script lives with the client (packages/<api>/consumer-smoke.ts).
  mkdirSync(join(dir, 'src', 'clients'), { recursive: true });
  for (const api of readApis()) copyFileSync(consumerSmokePathOf(api), join(dir, 'src', 'clients', `${api.name}.ts`));
  const dependencies = Object.fromEntries([...packed].map((pkg) => [pkg.name, `file:${pkg.tarball}`]));
  const manifest = { name: 'group-apis-consumer', private: true, type: 'module', dependencies, devDependencies: consumerDevDependencies() };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // --ignore-scripts: nothing a consumer installs may need an install script (the lockfile check says which have one).
  await runOrThrow('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: dir,
    env: outsideNpmEnv(),
    timeoutMs: 150_000,
  });
  return { dir, node24: join(dir, 'node_modules', node24PackageName(), 'bin', 'node') };
}

interface LockEntry {
  version?: string;
  resolved?: string;
  dev?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface InstalledPackage extends LockEntry {
  /** `node_modules/...` path as package-lock.json keys it. */
  path: string;
}

/** Every package the consumer's lockfile holds, from package-lock.json. */
export function installedPackages(dir: string): InstalledPackage[] {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .map(([path, entry]) => ({ path, ...entry }));
}

/** Where Node resolves `name` from the package at lockfile path `from`: its own node_modules, then each parent's. */
function resolveInLock(packages: ReadonlyMap<string, InstalledPackage>, from: string, name: string): InstalledPackage | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const found = packages.get(`${dir ? `${dir}/` : ''}node_modules/${name}`);
    if (found || dir === '') return found;
  }
}

/** The packages the named ones load at run time, themselves included: the closure of their dependencies in the lockfile. */
export function runtimeClosure(installed: readonly InstalledPackage[], names: readonly string[]): InstalledPackage[] {
  const byPath = new Map(installed.map((entry) => [entry.path, entry]));
  const seen = new Map<string, InstalledPackage>();
  const visit = (from: string, name: string) => {
    const entry = resolveInLock(byPath, from, name);
    if (!entry) throw new Error(`${name}, a dependency of ${from || 'the consumer'}, is not in the consumer's package-lock.json`);
    if (seen.has(entry.path)) return;
    seen.set(entry.path, entry);
    // npm installs required peers too: a client that gained one would load it at run time.
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(entry.path, dependency);
    for (const peer of peers) visit(entry.path, peer);
  };
  for (const name of names) visit('', name);
  return [...seen.values()];
}
