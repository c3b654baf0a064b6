// @group-apis/core as the bench runs it: compiled from packages/core/src as it is now, so a bench run
// never measures a stale dist and never writes into the core package.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../pipeline/temp-repo.mjs';
import { transpileTree } from './transpile.mjs';

/** @returns {Promise<any>} the core module's exports */
export async function loadCore() {
  const outDir = await transpileTree(join(repoRoot, 'packages', 'core', 'src'), 'core');
  return import(pathToFileURL(join(outDir, 'index.js')).href);
}
