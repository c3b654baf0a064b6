import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { REDOCLY_LOGO_FULL, REDOCLY_LOGO_MINI } from './site-icons.js';

const require = createRequire(import.meta.url);

/** The folder of the installed @redocly/cli. */
export function redoclyCliDir(): string {
  return dirname(require.resolve('@redocly/cli/package.json'));
}

export const REDOC_SCRIPT_NAME = 'redoc.standalone.js';

/**
 * The Redoc bundle that ships inside the installed CLI (build-docs hashes this very file for the integrity
 * of the CDN copy its pages import). Found by name so a CLI upgrade that moves it does not go unnoticed.
 */
export function findRedocScript(cliDir = redoclyCliDir()): string {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name));
      else if (entry.name === REDOC_SCRIPT_NAME) found.push(join(dir, entry.name));
    }
  };
  visit(join(cliDir, 'lib'));
  if (found.length !== 1) {
    throw new Error(`Expected one ${REDOC_SCRIPT_NAME} inside ${cliDir}/lib, found ${found.length}: ${found.join(', ') || 'none'}`);
  }
  return found[0]!;
}

/** Subresource-integrity value (sha384) of a file's contents, as build-docs writes it. */
export function integrityOf(contents: string | Buffer): string {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/** A short content hash for cache-safe asset names. */
export function contentHash(contents: string | Buffer): string {
  return createHash('sha256').update(contents).digest('hex').slice(0, 12);
}

/**
 * Remote images the Redoc bundle shows (the "API docs by Redocly" attribution in the sidebar), each with the
 * site asset that replaces it and that asset's contents. The asset path is relative to the page: every page
 * sits at the site root.
 */
export const REDOC_REMOTE_ASSETS: readonly { remote: RegExp; asset: string; contents: string }[] = [
  { remote: /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini-full\.svg/g, asset: 'assets/redocly-logo-full.svg', contents: REDOCLY_LOGO_FULL },
  { remote: /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/g, asset: 'assets/redocly-logo-mini.svg', contents: REDOCLY_LOGO_MINI },
];

// Absolute URL literals in the bundle that name a file a page would load (image, font, style, script).
const ASSET_URL_LITERAL = /["'`]((?:https?:)?\/\/[^"'`\s]+?\.(?:svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|css|m?js))(?:[?#][^"'`\s]*)?["'`]/gi;

/** The Redoc bundle with its remote images pointed at site assets, and the remote files it still names. */
export function localizeRedocScript(source: string): { source: string; remaining: string[] } {
  let localized = source;
  for (const { remote, asset } of REDOC_REMOTE_ASSETS) localized = localized.replace(remote, asset);
  const remaining = [...localized.matchAll(ASSET_URL_LITERAL)].map((match) => match[1]!);
  return { source: localized, remaining: [...new Set(remaining)] };
}

// Redoc files an untagged operation under a made-up "other" group in its URL (`#/other/listgroups`); the pages
// untag every operation (see docs-spec.ts), so without this every link would carry it. The operation's own slug stays.
const OTHER_GROUP_SLUG = /\?([\w$]+)\(`other`,([\w$]+)\(e\.operationId\)\)/g;

/** The bundle with untagged operations' URLs made from their operationId alone (`#/listgroups`). */
export function withoutOtherGroupSlug(source: string): string {
  const found = [...source.matchAll(OTHER_GROUP_SLUG)].length;
  if (found !== 1) throw new Error(`${REDOC_SCRIPT_NAME}: expected one "other" slug for untagged operations, found ${found} (the bundle's shape changed)`);
  return source.replace(OTHER_GROUP_SLUG, '?$2(e.operationId)');
}

/** The global the classic script puts Redoc's exports on (Redoc 2's standalone script used the same name). */
export const REDOC_GLOBAL = 'Redoc';

const TRAILING_EXPORT = /\bexport\s*\{([^}]*)\}\s*;?\s*$/;

/**
 * The Redoc bundle (an ES module) as a classic script that puts its exports on `globalThis.Redoc`. Browsers
 * refuse module scripts from file:// pages, so only a classic script lets the site work opened from disk.
 * The bundle is one expression plus a trailing `export {...}`; `import.meta` appears only in code paths for
 * Node and for workers built from a URL, which the browser build never takes. Anything else that a classic
 * script cannot hold fails here rather than in a reader's browser.
 */
export function toClassicScript(source: string): string {
  const trailing = TRAILING_EXPORT.exec(source);
  if (!trailing) throw new Error(`${REDOC_SCRIPT_NAME}: no trailing \`export {...}\` (the bundle's shape changed)`);
  const exported = trailing[1]!
    .split(',')
    .map((binding) => binding.trim())
    .filter(Boolean)
    .map((binding) => {
      const [local, name = local] = binding.split(/\s+as\s+/);
      return `${JSON.stringify(name)}: ${local}`;
    });
  const body = source.slice(0, trailing.index).replace(/\bimport\.meta\b/g, '__redocImportMeta');
  const classic = [
    'var __redocImportMeta = { url: document.currentScript ? document.currentScript.src : location.href, dirname: "" };',
    body,
    `globalThis.${REDOC_GLOBAL} = { ${exported.join(', ')} };`,
    '',
  ].join('\n');
  try {
    new Script(classic, { filename: REDOC_SCRIPT_NAME });
  } catch (error) {
    throw new Error(`${REDOC_SCRIPT_NAME} cannot run as a classic script: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return classic;
}
