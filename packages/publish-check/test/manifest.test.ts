import { describe, expect, it } from 'vitest';
import { manifestProblems, packedFileProblems, unjustifiedDependencies } from '../src/manifest-policy.js';
import { publicPackages, readManifest, publishCheckDir, workspacePackages } from '../src/workspace.js';
import { packedPackages } from './packed.js';

const packages = publicPackages();
const versions = new Map(workspacePackages().map((pkg) => [pkg.manifest.name, pkg.manifest.version]));
const packed = packedPackages();

describe('every public package', () => {
  it('is a devDependency of publish-check at its version, so turbo builds it before these checks', () => {
    const devDependencies = readManifest(publishCheckDir).devDependencies ?? {};
    const missing = packages.filter((pkg) => devDependencies[pkg.manifest.name] !== pkg.manifest.version);
    expect(missing.map((pkg) => `${pkg.manifest.name}@${pkg.manifest.version}`)).toEqual([]);
  });

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s: package.json is ready to publish', (_name, pkg) => {
    expect(manifestProblems(pkg, versions)).toEqual([]);
  });

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s: the tarball holds only what a consumer needs', (name, pkg) => {
    expect(packedFileProblems(pkg.dir, packed.get(name)!.files)).toEqual([]);
  });

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s: the README justifies every runtime dependency', (_name, pkg) => {
    expect(unjustifiedDependencies(pkg.dir, pkg.manifest), 'name each dependency under "## Runtime dependencies" in README.md').toEqual([]);
  });
});
