// Finds what in a page would make the browser reach another origin on its own: scripts, styles, images,
// fonts, frames, preloads, module imports, CSS url()/@import. Links the reader clicks (<a href>) are not
// requests and are allowed: the index links every vendor's page.

/** A reference to another origin and where in the page it was found. */
export interface ForeignReference {
  url: string;
  where: string;
}

const FOREIGN_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const LOCAL_SCHEMES = /^\s*(?:data|blob|about|javascript|mailto|tel):/i;

/** True when loading `url` from a page would leave the page's own origin. */
export function isForeignUrl(url: string): boolean {
  if (LOCAL_SCHEMES.test(url)) return false;
  if (FOREIGN_URL.test(url)) return true;
  // Any other absolute URL (file:, ftp:, ...) is not served by the site either.
  return /^\s*[a-z][a-z0-9+.-]*:/i.test(url);
}

// Elements whose attributes only ever navigate when the reader clicks.
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);
const URL_ATTRIBUTES = new Set(['src', 'href', 'xlink:href', 'poster', 'data', 'background', 'action', 'formaction', 'manifest', 'ping', 'icon']);

const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
const MODULE_SPECIFIER = /\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bexport\s*[\w*${}\s,]*?\s*from\s*["']([^"']+)["']/g;
const META_REFRESH_URL = /url\s*=\s*['"]?([^'";]+)/i;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** The foreign URLs a stylesheet loads. */
export function foreignCssReferences(css: string, where: string): ForeignReference[] {
  const found: ForeignReference[] = [];
  for (const match of css.matchAll(CSS_URL)) {
    const url = match.slice(1).find((group) => group !== undefined) ?? '';
    if (isForeignUrl(url)) found.push({ url, where });
  }
  return found;
}

/** The foreign modules a script imports (static, dynamic and re-exports). */
export function foreignModuleReferences(script: string, where: string): ForeignReference[] {
  const found: ForeignReference[] = [];
  for (const match of script.matchAll(MODULE_SPECIFIER)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (isForeignUrl(url)) found.push({ url, where });
  }
  return found;
}

function foreignTagReferences(name: string, attributes: Map<string, string>): ForeignReference[] {
  const found: ForeignReference[] = [];
  const where = `<${name}>`;
  if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
    const url = META_REFRESH_URL.exec(attributes.get('content') ?? '')?.[1] ?? '';
    if (isForeignUrl(url)) found.push({ url, where: `${where} refresh` });
  }
  for (const [attribute, value] of attributes) {
    if (attribute === 'style') {
      found.push(...foreignCssReferences(value, `${where} style`));
    } else if (attribute === 'srcset' || attribute === 'imagesrcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        if (isForeignUrl(url)) found.push({ url, where: `${where} ${attribute}` });
      }
    } else if (URL_ATTRIBUTES.has(attribute) && !NAVIGATION_ELEMENTS.has(name) && isForeignUrl(value)) {
      found.push({ url: value, where: `${where} ${attribute}` });
    }
  }
  return found;
}

/** Every reference in an HTML page that the browser would load from another origin without a click. */
export function foreignResourceReferences(html: string): ForeignReference[] {
  const found: ForeignReference[] = [];
  // Script and style bodies are not markup: scan them for imports and url(), then blank them out.
  const markup = html.replace(RAW_TEXT_ELEMENT, (element, tag: string, attributeSource: string, body: string) => {
    const name = tag.toLowerCase();
    found.push(...foreignTagReferences(name, attributesOf(attributeSource)));
    if (name === 'style') found.push(...foreignCssReferences(body, '<style>'));
    else found.push(...foreignModuleReferences(body, '<script>'));
    return '';
  });
  for (const match of markup.matchAll(START_TAG)) {
    found.push(...foreignTagReferences(match[1]!.toLowerCase(), attributesOf(match[2] ?? '')));
  }
  return found;
}
