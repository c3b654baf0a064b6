import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { infoOf, summarizeApi, type ApiSummary } from './api-summary.js';
import { FAVICON_SVG } from './site-icons.js';
import { buildDocsPage } from './build-docs.js';
import { clientSnippet, findClientFactories, type ClientSnippet } from './client-snippet.js';
import type { SampleClient } from './code-samples.js';
import { docsSpec, notesSpec } from './docs-spec.js';
import { indexPage } from './index-page.js';
import { assertNoForeignReferences, FAVICON, makeRedocPageOffline, type LocalRedocScript } from './offline-page.js';
import { readmeSection } from './readme-section.js';
import { contentHash, findRedocScript, integrityOf, localizeRedocScript, REDOC_REMOTE_ASSETS, toClassicScript, withoutOtherGroupSlug } from './redoc-script.js';
import { loadSpec, readPublishedApis, type ApiEntry, type OpenApiDocument } from '@group-apis/spec';
import { INDEX_PAGE, notesPageOf, pageOf } from './site-layout.js';
import { unshippedReferences } from './unshipped-references.js';

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
  const classic = toClassicScript(withoutOtherGroupSlug(source));
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
  return readFile(api.readmePath, 'utf8');
}

/** Fails when what a page is made from cites material the repository does not ship. */
async function assertShipsWhatItCites(api: ApiEntry, readme: string, repoRoot: string): Promise<void> {
  const found = [
    ...unshippedReferences(await readFile(api.spec, 'utf8'), relative(repoRoot, api.spec)),
    ...unshippedReferences(readme, relative(repoRoot, api.readmePath)),
  ];
  if (found.length > 0) throw new Error(`The ${api.name} pages would cite what readers cannot open:\n  ${found.join('\n  ')}`);
}

async function buildApiPages(api: ApiEntry, document: OpenApiDocument, client: SampleClient, script: LocalRedocScript, outDir: string, repoRoot: string): Promise<void> {
  const readme = await readSpecReadme(api, repoRoot);
  await assertShipsWhatItCites(api, readme, repoRoot);
  const page = pageOf(api.name);
  const notesPage = notesPageOf(api.name);
  const reference = await buildDocsPage(docsSpec({ document, client, indexHref: INDEX_PAGE, notesHref: notesPage }), `${infoOf(document).title} · API reference`);
  await writeFile(join(outDir, page), makeRedocPageOffline(reference, script, page));
  const notes = await buildDocsPage(
    notesSpec({ document, readmeSection: readmeSection(readme, relative(repoRoot, api.readmePath)), referenceHref: page, indexHref: INDEX_PAGE }),
    `${infoOf(document).title} · sources, choices and repairs`,
  );
  await writeFile(join(outDir, notesPage), makeRedocPageOffline(notes, script, notesPage));
}

/** Each API's client as the samples call it: its package and its factory (the registry's `factoryName`), read with the compiler. */
export function sampleClients(apis: readonly ApiEntry[], repoRoot: string): Map<string, SampleClient> {
  const entries = apis.map((api) => join(api.packageDir, 'src', 'index.ts'));
  const missing = entries.filter((entry) => !existsSync(entry));
  if (missing.length > 0) throw new Error(`No client to show in the samples: ${missing.map((entry) => relative(repoRoot, entry)).join(', ')} missing`);
  const factories = findClientFactories(apis.map((api, index) => ({ file: entries[index]!, factoryName: api.factoryName })));
  return new Map(
    apis.map((api, index) => {
      const factory = factories.get(entries[index]!);
      if (!factory) throw new Error(`${relative(repoRoot, entries[index]!)}: no exported ${api.factoryName}(options) factory for the samples`);
      return [api.name, { apiName: api.name, packageName: api.packageName, factory }];
    }),
  );
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
  const clients = sampleClients(apis, repoRoot);
  await inBatches(apis, 2, (api) => buildApiPages(api, documents.get(api.name)!, clients.get(api.name)!, script, outDir, repoRoot));

  const pages = apis.map((api): BuiltPage => {
    const document = documents.get(api.name)!;
    return { api: api.name, page: pageOf(api.name), summary: summarizeApi(api.name, document), snippet: clientSnippet(clients.get(api.name)!, document) };
  });
  await writeFile(join(outDir, INDEX_PAGE), indexPage(pages));

  for (const file of await readdir(outDir)) {
    if (file.endsWith('.html')) assertNoForeignReferences(await readFile(join(outDir, file), 'utf8'), file);
  }
  return pages;
}
