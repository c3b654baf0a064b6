// `npm run build`: builds the reference site into packages/docs/site.
import { relative } from 'node:path';
import { buildSite } from './site-builder.js';
import { findRepoRoot } from '@group-apis/spec';
import { siteDir } from './site-layout.js';

const repoRoot = findRepoRoot();
const outDir = siteDir();
try {
  const pages = await buildSite(repoRoot, outDir);
  for (const { page, summary } of pages) {
    const count = summary.operations.length;
    console.log(`${relative(repoRoot, outDir)}/${page}: ${summary.title} (${count} operation${count === 1 ? '' : 's'})`);
  }
  console.log(`${relative(repoRoot, outDir)}/index.html: ${pages.length} APIs`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
