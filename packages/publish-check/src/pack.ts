import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrThrow } from './run.js';
import { publicPackages, repoRoot } from './workspace.js';

export interface PackedFile {
  path: string;
  size: number;
}

export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the .tgz. */
  tarball: string;
  files: PackedFile[];
  /** Compressed size of the tarball in bytes. */
  size: number;
}

interface NpmPackEntry {
  name: string;
  version: string;
  filename: string;
  size: number;
  files: PackedFile[];
}

/** `npm pack`s the named workspace packages into `destination` (one npm run for all) and lists what each holds. */
export async function packPackages(names: readonly string[], destination: string): Promise<Map<string, PackedPackage>> {
  const args = ['pack', ...names.flatMap((name) => ['--workspace', name]), '--pack-destination', destination, '--json'];
  // --json prints only the report on stdout; npm's notices go to stderr.
  const { stdout } = await runOrThrow('npm', args, { cwd: repoRoot });
  const entries = JSON.parse(stdout) as NpmPackEntry[];
  return new Map(
    entries.map((entry) => [
      entry.name,
      { name: entry.name, version: entry.version, tarball: join(destination, entry.filename), files: entry.files, size: entry.size },
    ]),
  );
}

export interface PackedWorkspace {
  packed: Map<string, PackedPackage>;
  /** Removes the temporary folder the tarballs are in. */
  remove(): void;
}

/** Packs every public workspace package into a new temporary folder. */
export async function packPublicPackages(): Promise<PackedWorkspace> {
  const destination = mkdtempSync(join(tmpdir(), 'group-apis-pack-'));
  try {
    const packed = await packPackages(publicPackages().map((pkg) => pkg.manifest.name), destination);
    return { packed, remove: () => rmSync(destination, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(destination, { recursive: true, force: true });
    throw error;
  }
}
