import type { TestProject } from 'vitest/node';
import { packPublicPackages, type PackedPackage } from '../src/pack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every public package, packed once for all the test files: publint, attw, the manifest and consumer checks. */
    packed: PackedPackage[];
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const workspace = await packPublicPackages();
  project.provide('packed', [...workspace.packed.values()]);
  return () => workspace.remove();
}
