import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TempRepo } from './temp-repo.js';

/** The latest modification time of any file below `dir`. */
function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Gives the copy the checkout's build of a workspace package (its dist/), which turbo makes before this test
 * runs (packages/repo-tests/turbo.json): the copy's sources are the same files, so building them again there would
 * only repeat that work. A dist/ that is missing, or older than a file of its src/, is refused.
 */
export function copyBuild(source: string, repo: TempRepo, folder: string): void {
  const dist = join(source, 'packages', folder, 'dist');
  const build = 'run `npm run build` (or `npx turbo run test --filter=@group-apis/repo-tests`, which builds it first)';
  if (!existsSync(dist)) throw new Error(`packages/${folder}/dist is missing: ${build}`);
  if (newestFile(join(source, 'packages', folder, 'src')) > newestFile(dist)) {
    throw new Error(`packages/${folder}/src has changed since packages/${folder}/dist was built: ${build}`);
  }
  cpSync(dist, repo.path(`packages/${folder}/dist`), { recursive: true });
}
