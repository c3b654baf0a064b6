import { inject } from 'vitest';
import type { PackedPackage } from '../src/pack.js';

/** The tarballs test/global-setup.ts packed, by package name. */
export function packedPackages(): Map<string, PackedPackage> {
  return new Map(inject('packed').map((pkg) => [pkg.name, pkg]));
}
