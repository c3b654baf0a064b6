// The --base-url becomes the spec's server URL and the client's default base URL.

/** Placeholder host when no --base-url is given: `.invalid` can never resolve, so nothing is called by mistake. */
export function placeholderBaseUrlOf(name) {
  return `https://api.${name}.invalid`;
}

/** The URL as the spec's `servers[0].url` should hold it (no trailing slash), or a problem to report. */
export function parseBaseUrl(raw) {
  if (/[{}]/.test(raw)) return { problem: `--base-url ${JSON.stringify(raw)} has a server variable: give a concrete URL and add variables in the spec by hand.` };
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `--base-url ${JSON.stringify(raw)} is not an absolute URL: give one like https://api.acme.com/v1.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `--base-url must be an http(s) URL, not ${url.protocol}` };
  if (url.username || url.password) return { problem: '--base-url must not carry credentials.' };
  if (url.search || url.hash) return { problem: '--base-url must not have a query string or fragment: it is the root every path is relative to.' };
  if (/(^|\.)example\.com$/.test(url.hostname)) return { problem: '--base-url must be the vendor\'s real URL: example.com is refused by lint (no-server-example.com).' };
  return { url: url.href.replace(/\/+$/, '') };
}
