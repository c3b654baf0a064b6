import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CURL_LABEL, TYPESCRIPT_LABEL } from './code-samples.js';
import type { OpenApiDocument } from '@group-apis/spec';
import { redoclyCliDir } from './redoc-script.js';

const run = promisify(execFile);

/**
 * Redoc options for every page. `jsonSamplesExpandLevel: 'all'` shows every doc sample fully expanded (Redoc
 * collapses JSON below level 2 otherwise); `schemasExpansionLevel: 'all'` shows every field with its
 * description without a click. `codeSamples.languages` lists the request samples each operation carries
 * (`x-codeSamples`, see code-samples.ts), TypeScript first: Redoc shows only the languages listed here, and
 * generates none of its own for them.
 */
export const REDOC_OPTIONS = {
  jsonSamplesExpandLevel: 'all',
  schemasExpansionLevel: 'all',
  codeSamples: { languages: [{ lang: TYPESCRIPT_LABEL, label: TYPESCRIPT_LABEL }, { lang: CURL_LABEL, label: CURL_LABEL }] },
} as const;

/** Renders one document with `redocly build-docs` and returns the page it writes. */
export async function buildDocsPage(document: OpenApiDocument, title: string): Promise<string> {
  const workDir = await mkdtemp(join(tmpdir(), 'group-apis-docs-'));
  try {
    const specFile = join(workDir, 'openapi.json');
    const pageFile = join(workDir, 'page.html');
    await writeFile(specFile, JSON.stringify(document));
    const cli = join(redoclyCliDir(), 'bin', 'cli.js');
    const args = [cli, 'build-docs', specFile, '--output', pageFile, '--title', title, '--openapi', JSON.stringify(REDOC_OPTIONS)];
    try {
      // Run where no redocly.yaml is found: the page is configured by the options above and nothing else.
      await run(process.execPath, args, {
        cwd: workDir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`redocly build-docs failed for "${title}":\n${stderr || stdout}`, { cause: error });
    }
    return await readFile(pageFile, 'utf8');
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
