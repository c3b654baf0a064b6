import { foreignResourceReferences } from './foreign-references.js';
import { REDOC_GLOBAL, REDOC_SCRIPT_NAME } from './redoc-script.js';

/**
 * Every page's Content-Security-Policy: the browser itself refuses anything from another origin, so a
 * reader's browser stays offline even if a Redoc upgrade reaches out in a way no scan foresees. Inline
 * scripts and styles are Redoc's own (hydration data, the colour-mode switch, styled-components); Redoc's
 * search builds its worker with `Function`, hence 'unsafe-eval'. None of these lets a request out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The site's icon; without one the browser asks the server for /favicon.ico on every page. */
export const FAVICON = 'assets/favicon.svg';

/** Puts the Content-Security-Policy (first, so it covers everything after it) and the icon in <head>. */
export function withSiteHead(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('The page has no <head> to put its Content-Security-Policy in');
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    `<link rel="icon" type="image/svg+xml" href="${FAVICON}" />`,
  ];
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n  ${tags.join('\n  ')}${html.slice(at)}`;
}

export interface LocalRedocScript {
  /** Page-relative URL of the site's copy (a classic script, see toClassicScript). */
  href: string;
  /** Integrity of the CLI's own file: build-docs writes it for the CDN copy, so it proves the copies match. */
  originalIntegrity: string;
}

const REDOC_IMPORT = /import\s*\{\s*hydrate\s*\}\s*from\s*"([^"]+)";?/;

/** Thrown when a page still reaches for another origin after it was made offline. */
export class ForeignReferenceError extends Error {}

/**
 * Rewrites a page from `redocly build-docs` to run Redoc from the site's copy instead of the CDN, adds the
 * Content-Security-Policy and the icon, and fails if anything in the page still points at another origin.
 * The copy is a classic script loaded with `defer`, so it has run when the page's (deferred) module script
 * hydrates; that also works when the page is opened from disk, where browsers refuse module imports.
 */
export function makeRedocPageOffline(html: string, script: LocalRedocScript, page: string): string {
  const redocImport = REDOC_IMPORT.exec(html);
  const cdnUrl = redocImport?.[1];
  if (!redocImport || !cdnUrl?.endsWith(`/${REDOC_SCRIPT_NAME}`)) {
    throw new Error(`${page}: build-docs output changed: no \`import { hydrate } from ".../${REDOC_SCRIPT_NAME}"\` to point at the site's copy`);
  }
  const preload = new RegExp(`<link\\b[^>]*\\bhref="${escapeRegExp(cdnUrl)}"[^>]*>`).exec(html)?.[0];
  const preloadIntegrity = preload ? /\bintegrity="([^"]+)"/.exec(preload)?.[1] : undefined;
  if (preloadIntegrity && preloadIntegrity !== script.originalIntegrity) {
    throw new Error(`${page}: the page expects Redoc with integrity ${preloadIntegrity}, but the CLI ships ${script.originalIntegrity}`);
  }

  let offline = html.replace(redocImport[0], `const { hydrate } = globalThis.${REDOC_GLOBAL};`);
  if (preload) offline = offline.replace(preload, '');
  const headEnd = offline.search(/<\/head>/i);
  if (headEnd < 0) throw new Error(`${page}: no </head> to load Redoc from`);
  offline = `${offline.slice(0, headEnd)}<script defer src="${script.href}"></script>\n${offline.slice(headEnd)}`;
  if (!/"disableTelemetry":true/.test(offline)) {
    throw new Error(`${page}: Redoc's telemetry is not disabled (build-docs must run with REDOCLY_TELEMETRY=off)`);
  }
  offline = withHashRouting(offline, page);
  offline = withSiteHead(offline);

  assertNoForeignReferences(offline, page);
  return offline;
}

const HYDRATE_CALL = /hydrate\((__redoc_definition),\s*(__redoc_options),\s*document\.getElementById\('redoc'\)\);/;

/**
 * Links that work on a static host and in a new tab: `page.html#/listgroups`, not `/other/listgroups` (a path no
 * file answers). Redoc's own router is the hash router, but the server-rendered markup build-docs writes holds
 * path links, which hydration would keep; so Redoc renders afresh into an emptied root, and the server-rendered
 * links (seen only without JavaScript) are rewritten to the same hash links.
 */
export function withHashRouting(html: string, page: string): string {
  if (!HYDRATE_CALL.test(html)) throw new Error(`${page}: build-docs output changed: no \`hydrate(__redoc_definition, __redoc_options, ...)\` call to render with hash links`);
  return html
    .replace(HYDRATE_CALL, "{ const root = document.getElementById('redoc'); root.replaceChildren(); hydrate($1, $2, root); }")
    .replace(/\bhref="\/(?!\/)(?:other\/)?([^"]*)"/g, (_whole, path: string) => `href="#/${path}"`);
}

export function assertNoForeignReferences(html: string, page: string): void {
  const foreign = foreignResourceReferences(html);
  if (foreign.length > 0) {
    const list = foreign.map((reference) => `  ${reference.where}: ${reference.url}`).join('\n');
    throw new ForeignReferenceError(`${page} would load from other origins:\n${list}`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
