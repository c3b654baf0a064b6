import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { infoOf, summarizeApi, type ApiSummary } from './api-summary.js';
import { FAVICON_SVG } from './site-icons.js';
import { buildDocsPage } from './build-docs.js';
import { clientSnippet, findClientFactories, type ClientSnippet } from './client-snippet.js';
import { docsSpec } from './docs-spec.js';
import { indexPage } from './index-page.js';
import { assertNoForeignReferences, FAVICON, makeRedocPageOffline, type LocalRedocScript } from './offline-page.js';
import { readmeSection } from './readme-section.js';
import { contentHash, findRedocScript, integrityOf, localizeRedocScript, REDOC_REMOTE_ASSETS, toClassicScript } from './redoc-script.js';
import { loadSpec, readPublishedApis, type ApiEntry, type OpenApiDocument } from '@group-apis/spec';
import { INDEX_PAGE, pageOf } from './site-layout.js';

export interface BuiltPage {
  api: string;
  page: string;
  summary: ApiSummary;
  snippet: ClientSnippet;
}

/**
 * Copies Redoc out of the installed CLI into the site as a classic script, with its remote logo pointed at
 * local stand-ins, and writes the other assets the pages load.
 */
async function writeAssets(outDir: string): Promise<LocalRedocScript> {
  const original = await readFile(findRedocScript());
  const { source, remaining } = localizeRedocScript(original.toString('utf8'));
  if (remaining.length > 0) {
    throw new Error(`The Redoc bundle names remote files the site cannot serve (map them in REDOC_REMOTE_ASSETS):\n  ${remaining.join('\n  ')}`);
  }
  const classic = toClassicScript(source);
  await mkdir(join(outDir, 'assets'), { recursive: true });
  const href = `assets/redoc.standalone.${contentHash(classic)}.js`;
  await writeFile(join(outDir, href), classic);
  for (const { asset, contents } of REDOC_REMOTE_ASSETS) await writeFile(join(outDir, asset), contents);
  await writeFile(join(outDir, FAVICON), FAVICON_SVG);
  return { href, originalIntegrity: integrityOf(original) };
}

async function readSpecReadme(api: ApiEntry, repoRoot: string): Promise<string> {
  if (!existsSync(api.readmePath)) {
    throw new Error(`${relative(repoRoot, api.readmePath)} is missing: every reference page shows its spec's repairs and choices`);
  }
  return readmeSection(await readFile(api.readmePath, 'utf8'), relative(repoRoot, api.readmePath));
}

async function buildApiPage(api: ApiEntry, document: OpenApiDocument, script: LocalRedocScript, outDir: string, repoRoot: string): Promise<void> {
  const page = pageOf(api.name);
  const rendered = await buildDocsPage(
    docsSpec({ document, readmeSection: await readSpecReadme(api, repoRoot), indexHref: INDEX_PAGE }),
    `${infoOf(document).title} · API reference`,
  );
  await writeFile(join(outDir, page), makeRedocPageOffline(rendered, script, page));
}

/** Runs `work` over `items`, at most `limit` at a time (build-docs is CPU-bound; CI has two cores). */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  });
  await Promise.all(workers);
}

/**
 * Builds the site into `outDir`: a Redoc page per API whose spec exists, the index, and the assets they load.
 * Fails when any page would load something from another origin.
 */
export async function buildSite(repoRoot: string, outDir: string): Promise<BuiltPage[]> {
  const apis = readPublishedApis(repoRoot);
  if (apis.length === 0) throw new Error('redocly.yaml lists no API whose spec exists: nothing to publish');

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const script = await writeAssets(outDir);

  const documents = new Map<string, OpenApiDocument>();
  for (const api of apis) documents.set(api.name, await loadSpec(api.spec, { dereference: false }));
  await inBatches(apis, 2, (api) => buildApiPage(api, documents.get(api.name)!, script, outDir, repoRoot));

  const entries = apis.map((api) => join(api.packageDir, 'src', 'index.ts'));
  const missing = entries.filter((entry) => !existsSync(entry));
  if (missing.length > 0) throw new Error(`No client to show in the index: ${missing.map((entry) => relative(repoRoot, entry)).join(', ')} missing`);
  const factories = findClientFactories(apis.map((api, index) => ({ file: entries[index]!, factoryName: api.factoryName })));
  const pages = apis.map((api, index): BuiltPage => {
    const document = documents.get(api.name)!;
    const factory = factories.get(entries[index]!);
    if (!factory) throw new Error(`${relative(repoRoot, entries[index]!)}: no exported ${api.factoryName}(options) factory to show in the index`);
    return { api: api.name, page: pageOf(api.name), summary: summarizeApi(api.name, document), snippet: clientSnippet(api.packageName, factory, document) };
  });
  await writeFile(join(outDir, INDEX_PAGE), indexPage(pages));

  for (const file of await readdir(outDir)) {
    if (file.endsWith('.html')) assertNoForeignReferences(await readFile(join(outDir, file), 'utf8'), file);
  }
  return pages;
}
