import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const publishCheckDir = join(repoRoot, 'packages', 'publish-check');

/** The fields of package.json this package reads; the rest stays `unknown`. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export interface WorkspacePackage {
  /** The folder under packages/, e.g. `kore-ai`. */
  folder: string;
  dir: string;
  manifest: PackageManifest;
}

export function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

export function workspacePackages(): WorkspacePackage[] {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => ({ folder: entry.name, dir: join(packagesDir, entry.name), manifest: readManifest(join(packagesDir, entry.name)) }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Every workspace package that is not private: what `changeset publish` would publish. */
export function publicPackages(): WorkspacePackage[] {
  return workspacePackages().filter((pkg) => pkg.manifest.private !== true);
}
