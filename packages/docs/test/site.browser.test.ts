// The built site (packages/docs/site) in headless Chromium: every page renders every operation and its sample
// response, the index links resolve, nothing is logged as an error, and no request leaves the page's origin.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { operationHeading, summarizeApi, type ApiSummary } from '../src/api-summary.js';
import { findRepoRoot, listOperations, loadSpec, readPublishedApis, resolveLocal, type MediaTypeObject, type OpenApiDocument, type ResponseObject } from '@group-apis/spec';
import { clientSnippet } from '../src/client-snippet.js';
import { sampleClients } from '../src/site-builder.js';
import { README_SECTION_HEADING } from '../src/readme-section.js';
import { INDEX_PAGE, notesPageOf, pageOf, siteDir } from '../src/site-layout.js';
import { startStaticServer, type StaticServer } from '../src/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';
const VIEWPORT = { width: 1400, height: 1000 };
/** The widths every page is screenshotted at (test-results/<page>.<width>.png): look at them after a change. */
const SCREENSHOT_VIEWPORTS = { desktop: VIEWPORT, mobile: { width: 390, height: 844 } } as const;
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const SITE = siteDir();

const inCi = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());
const chromiumInstalled = existsSync(CHROMIUM);
if (!chromiumInstalled && !inCi) {
  process.stderr.write(`Browser tests skipped: ${CHROMIUM} is missing. Install it with: ${INSTALL_CHROMIUM}\n`);
}

interface ExpectedOperation {
  heading: string;
  /** The hash Redoc routes the operation to: `#/listgroups`. */
  hash: string;
  /** A value at the deepest level of the sample response Redoc shows first: visible only if fully expanded. */
  deepestSampleValue: string | undefined;
}

interface ExpectedApi {
  summary: ApiSummary;
  packageName: string;
  page: string;
  notesPage: string;
  /** The factory the TypeScript samples call. */
  factory: string;
  /** The index's call block. */
  call: string;
  operations: ExpectedOperation[];
  readmeHeadings: string[];
}

/** The first value at the deepest level of a JSON value, as the JSON viewer prints it. */
function deepestValue(value: unknown): string | undefined {
  let best: { depth: number; text: string } | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (node !== null && typeof node === 'object') {
      for (const child of Object.values(node)) visit(child, depth + 1);
    } else if (typeof node === 'string' || typeof node === 'number') {
      if (!best || depth > best.depth) best = { depth, text: JSON.stringify(node) };
    }
  };
  visit(value, 0);
  return best?.text;
}

/** The example Redoc shows first for an operation: first 2xx response, first JSON media type, first example. */
function firstSampleResponse(document: OpenApiDocument, responses: Record<string, ResponseObject> | undefined): unknown {
  const success = Object.entries(responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
  if (!success) return undefined;
  const response = resolveLocal<ResponseObject>(document, success[1]);
  const media = Object.entries(response.content ?? {}).find(([type]) => /json/.test(type))?.[1] as MediaTypeObject | undefined;
  if (!media) return undefined;
  const first = Object.values(media.examples ?? {})[0];
  return first ? resolveLocal(document, first).value : media.example;
}

const publishedApis = readPublishedApis();
const clients = sampleClients(publishedApis, findRepoRoot());
const expectedApis: ExpectedApi[] = await Promise.all(
  publishedApis.map(async (api) => {
    const document = await loadSpec(api.spec, { dereference: false });
    const readme = existsSync(api.readmePath) ? readFileSync(api.readmePath, 'utf8') : '';
    const client = clients.get(api.name)!;
    return {
      summary: summarizeApi(api.name, document),
      packageName: api.packageName,
      page: pageOf(api.name),
      notesPage: notesPageOf(api.name),
      factory: client.factory.name,
      call: clientSnippet(client, document).call,
      operations: listOperations(document, { order: 'document' }).map(({ path, object }) => ({
        heading: operationHeading(path, object),
        hash: `#/${object.operationId!.toLowerCase()}`,
        deepestSampleValue: deepestValue(firstSampleResponse(document, object.responses)),
      })),
      readmeHeadings: [...readme.matchAll(/^##\s+(.+)$/gm)].map((match) => match[1]!.trim()),
    };
  }),
);

if (!chromiumInstalled && inCi) {
  describe('the published site in Chromium', () => {
    it(`needs ${CHROMIUM} (.ci/install-browser installs it)`, () => {
      throw new Error(`${CHROMIUM} is missing under CI: the browser tests cannot run. Install it with: ${INSTALL_CHROMIUM}`);
    });
  });
}

describe.runIf(chromiumInstalled)('the published site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  // One tab for the served visits and one for those from disk: the pages of one origin then share a renderer, which
  // compiles the Redoc bundle once instead of once per page. Each visit is still a navigation of its own, with its
  // own record; a tab only ever shows one origin, so what a page does after its visit is never foreign to the next.
  let served: Tab;
  let fromDisk: Tab | undefined;

  /** What a visit must not do, recorded while it is its tab's current one. */
  interface Recording {
    own(url: string): boolean;
    foreign: Set<string>;
    errors: string[];
  }

  interface Tab {
    page: Page;
    /** Starts the record of the tab's next visit, which may load only what `own` accepts. */
    record(own: (url: string) => boolean): Recording;
  }

  beforeAll(async () => {
    if (!existsSync(`${SITE}/${INDEX_PAGE}`)) throw new Error(`${SITE} has no ${INDEX_PAGE}: run \`npm run build\` first`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startStaticServer(SITE);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    served = await openTab();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A tab in a context of its own that reports each request, message and error to its current recording. */
  async function openTab(): Promise<Tab> {
    // Before the first visit nothing is the site's own: a request then is blocked.
    let recording: Recording = { own: () => false, foreign: new Set(), errors: [] };
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
      if (recording.own(route.request().url())) return route.continue();
      recording.foreign.add(route.request().url());
      return route.abort('blockedbyclient');
    });
    // The page's Content-Security-Policy stops some requests before they reach the network: record those too.
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!recording.own(request.url())) recording.foreign.add(request.url());
    });
    page.on('websocket', (socket) => recording.foreign.add(socket.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') recording.errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => recording.errors.push(`uncaught: ${error.message}`));
    return { page, record: (own) => (recording = { own, foreign: new Set(), errors: [] }) };
  }

  interface Visit {
    page: Page;
    context: BrowserContext;
    /** Asserts nothing reached another origin or logged an error. */
    finish(): Promise<void>;
  }

  /** Opens a page of the site, served (`path`) or from disk (`file://...`), recording everything it must not do. */
  async function visit(path: string): Promise<Visit> {
    const url = path.startsWith('file:') ? path : `${server.origin}/${path}`;
    const own = (requested: string) => (url.startsWith('file:') ? /^(?:file|data|blob):/.test(requested) : /^(?:data|blob):/.test(requested) || new URL(requested).origin === server.origin);
    const { page, record } = url.startsWith('file:') ? (fromDisk ??= await openTab()) : served;
    const recording = record(own);
    // A screenshot leaves the viewport as tall as the page it took.
    await page.setViewportSize(VIEWPORT);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!url.startsWith('file:')) expect(response?.status(), path).toBe(200);
    // What the page showed when a check failed, the visit's own or a later one in the same test.
    onTestFailed(() => saveScreenshot(page));

    return {
      page,
      context: page.context(),
      async finish() {
        const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
        expect({ foreign: [...recording.foreign], violations, errors: recording.errors }, path).toEqual({ foreign: [], violations: [], errors: [] });
      },
    };
  }

  /** A heading by its exact text (Redoc's headings also hold a "link to ..." anchor, so their accessible names differ). */
  function headingWithText(page: Page, levels: string, text: string) {
    const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    return page.locator(levels).filter({ hasText: exact }).first();
  }

  /** Redoc mounts sections as they scroll into view: bring each one in until none is left empty. */
  async function mountAllSections(page: Page): Promise<void> {
    await page.waitForFunction(() => document.querySelectorAll('[data-section-id]').length > 0);
    for (;;) {
      const pending = (await page.evaluateHandle(() => [...document.querySelectorAll('[data-section-id]')].find((section) => section.childElementCount === 0) ?? null)).asElement();
      if (!pending) return;
      await pending.evaluate((section) => section.scrollIntoView());
      await page.waitForFunction((section) => !section.isConnected || section.childElementCount > 0, pending);
    }
  }

  /** test-results/<page>.png, or <page>.from-disk.png for a page opened from disk; `suffix` names a width. */
  async function saveScreenshot(page: Page, viewport: { width: number; height: number } = VIEWPORT, suffix = ''): Promise<void> {
    const shown = new URL(page.url());
    const name = `${basename(shown.pathname, '.html') || 'blank'}${shown.protocol === 'file:' ? '.from-disk' : ''}${suffix}`;
    // Redoc sections use `content-visibility: auto`, which a full-page capture would leave blank below the fold;
    // a viewport as tall as the page paints (and mounts) all of it.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16_000) });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** Every operation's heading is visible, with the deepest value of its sample response (fully expanded). */
  async function expectOperations(page: Page, api: ExpectedApi): Promise<void> {
    for (const operation of api.operations) {
      const heading = headingWithText(page, 'h2', operation.heading);
      await heading.scrollIntoViewIfNeeded();
      expect(await heading.isVisible(), `${api.page}: heading "${operation.heading}"`).toBe(true);
      if (operation.deepestSampleValue === undefined) continue;
      const section = page.locator('[data-section-id]').filter({ has: heading }).last();
      const value = section.locator('[data-testid="json-viewer"]').getByText(operation.deepestSampleValue).first();
      await value.scrollIntoViewIfNeeded();
      expect(await value.isVisible(), `${api.page}: "${operation.heading}" sample response shows ${operation.deepestSampleValue}`).toBe(true);
    }
  }

  /** The page at each screenshot width, whole: test-results/<page>.desktop.png and <page>.mobile.png. */
  async function screenshotAtEveryWidth(page: Page): Promise<void> {
    for (const [name, viewport] of Object.entries(SCREENSHOT_VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('h1') !== null);
      // Redoc mounts an operation when it scrolls into view: mount them all, or the capture ends at the first.
      if (await page.locator('#redoc').count()) await mountAllSections(page);
      await saveScreenshot(page, viewport, `.${name}`);
    }
  }

  /** Whether the element's top is on the screen now (scrolled to, not merely rendered somewhere). */
  async function onScreen(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
    const box = await locator.boundingBox();
    const height = await page.evaluate(() => window.innerHeight);
    return box !== null && box.y >= 0 && box.y < height;
  }

  it('serves exactly the index, and per published API its reference and its notes page', () => {
    const pages = readdirSync(SITE).filter((file) => file.endsWith('.html')).sort();
    expect(pages).toEqual([INDEX_PAGE, ...expectedApis.flatMap((api) => [api.page, api.notesPage])].sort());
  });

  for (const api of expectedApis) {
    it(`${api.page}: the introduction in one order, then every operation with its request samples and sample response, offline`, async () => {
      const { page, finish } = await visit(api.page);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(api.summary.title);
      await mountAllSections(page);

      // One order for every API: the title, Authentication, then the operations. The README is on its own page.
      const sidebar = (await page.locator('[data-component-name="Menu/Menu"] a[href^="#/"]').allTextContents()).map((text) => text.replace(/(get|post|put|patch|delete)$/i, '').trim());
      expect(sidebar).toEqual([api.summary.title, 'Authentication', ...api.operations.map((operation) => operation.heading)]);
      expect(await headingWithText(page, 'h2, h3', README_SECTION_HEADING).count(), 'the README is on the notes page').toBe(0);

      await expectOperations(page, api);
      for (const operation of api.operations) {
        const section = page.locator('[data-section-id]').filter({ has: headingWithText(page, 'h2', operation.heading) }).last();
        const typescript = section.getByText(`const { data, error } = await`).first();
        await typescript.scrollIntoViewIfNeeded();
        expect(await typescript.isVisible(), `${api.page}: "${operation.heading}" shows its TypeScript sample first`).toBe(true);
        expect(await section.getByText(`${api.factory}(`).first().isVisible()).toBe(true);
      }

      // Every link into the page is a hash link: no path a static host would 404 on, no "other" group.
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith('//'))).toEqual([]);
      expect(hrefs.filter((href) => href.includes('other/'))).toEqual([]);
      expect(await page.getByRole('link', { name: '← All APIs' }).getAttribute('href')).toBe(INDEX_PAGE);
      expect(await page.getByRole('link', { name: /Sources, choices and repairs/ }).getAttribute('href')).toBe(api.notesPage);
      await finish();
      await screenshotAtEveryWidth(page);
    });

    it(`${api.page}: each operation's link, opened in a new tab, lands on that operation`, async () => {
      const { page, context, finish } = await visit(api.page);
      await mountAllSections(page);
      for (const operation of api.operations) {
        const link = page.locator(`[data-component-name="Menu/Menu"] a[href="${operation.hash}"]`);
        expect(await link.count(), `${api.page}: sidebar link ${operation.hash}`).toBe(1);
        const tab = await context.newPage();
        try {
          const response = await tab.goto(`${server.origin}/${api.page}${operation.hash}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          const heading = headingWithText(tab, 'h2', operation.heading);
          await heading.waitFor();
          await expect.poll(() => onScreen(tab, heading), { timeout: 10_000 }).toBe(true);
        } finally {
          await tab.close();
        }
      }
      await finish();
    });

    it(`${api.notesPage}: the spec README's sources, choices and repairs, linked back to the reference`, async () => {
      const { page, finish } = await visit(api.notesPage);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(api.summary.title);
      await mountAllSections(page);
      for (const readmeHeading of [README_SECTION_HEADING, ...api.readmeHeadings]) {
        const shown = headingWithText(page, 'h2, h3', readmeHeading);
        await shown.scrollIntoViewIfNeeded();
        expect(await shown.isVisible(), `${api.notesPage}: README heading "${readmeHeading}"`).toBe(true);
      }
      expect(await page.getByRole('link', { name: `← ${api.summary.title} reference` }).getAttribute('href')).toBe(api.page);
      await finish();
      await screenshotAtEveryWidth(page);
    });
  }

  it(`${INDEX_PAGE}: every API with its vendor, version, operations, vendor page, package and snippet; every link resolves`, async () => {
    const { page, context, finish } = await visit(INDEX_PAGE);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(expectedApis.length);
    for (const [index, api] of expectedApis.entries()) {
      const cells = (await rows.nth(index).locator('td').allTextContents()).map((cell) => cell.trim());
      expect(cells).toEqual([api.summary.title, api.summary.vendor, api.summary.version, String(api.operations.length), api.summary.vendorPage.description, api.packageName]);
      const card = page.locator(`section#${api.summary.name}`);
      // Install and call are blocks of their own, and code never wraps (a wrapped package name cannot be copied).
      expect(await card.locator('pre.install').textContent()).toBe(`npm install ${api.packageName}`);
      expect(await card.locator('pre.call').textContent()).toBe(api.call);
      for (const block of await card.locator('pre').all()) expect(await block.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre');
    }

    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href')!, url: (anchor as HTMLAnchorElement).href, rel: anchor.getAttribute('rel') ?? '' })),
    );
    const vendorPages = new Set(expectedApis.map((api) => api.summary.vendorPage.url));
    for (const link of links) {
      const url = new URL(link.url);
      if (url.origin !== server.origin) {
        expect(vendorPages.has(link.url), `${link.href} is a vendor page from a spec`).toBe(true);
        expect(link.rel).toContain('noopener');
        continue;
      }
      const response = await context.request.get(link.url);
      expect(response.status(), link.href).toBe(200);
    }
    const apiLinks = links.filter((link) => new URL(link.url).origin === server.origin).map((link) => link.href);
    expect(new Set(apiLinks)).toEqual(new Set(expectedApis.map((api) => api.page)));
    expect(new Set(links.filter((link) => !apiLinks.includes(link.href)).map((link) => link.url))).toEqual(vendorPages);

    await page.getByRole('link', { name: expectedApis[0]!.summary.title }).first().click();
    await page.waitForURL(`${server.origin}/${expectedApis[0]!.page}`);
    await page.getByRole('link', { name: '← All APIs' }).click();
    await page.waitForURL(`${server.origin}/${INDEX_PAGE}`);
    await finish();
    await screenshotAtEveryWidth(page);
  });

  it('works opened from disk: the index links every page, and each renders every operation and sample', async () => {
    const indexFile = pathToFileURL(join(SITE, INDEX_PAGE)).href;
    const { page, finish } = await visit(indexFile);
    for (const api of expectedApis) {
      await page.goto(indexFile);
      await page.locator('tbody').getByRole('link', { name: api.summary.title, exact: true }).click();
      await page.waitForURL(pathToFileURL(join(SITE, api.page)).href);
      await mountAllSections(page);
      await expectOperations(page, api);
    }
    await finish();
  });
});
