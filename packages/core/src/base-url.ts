/** A permanent redirect (301 or 308) answered a request made against the base URL. */
export interface PermanentRedirect {
  readonly status: 301 | 308;
  /** The `Location` header, resolved against the request URL. */
  readonly location: URL;
  readonly requestUrl: URL;
  /** The base URL the request was built on (no trailing slash). */
  readonly baseUrl: string;
}

/**
 * Where requests go, resolved before every attempt: a token exchange may supply it, and a
 * permanent redirect may move it.
 */
export interface BaseUrlSource {
  get(): string | Promise<string>;
  /**
   * The API moved: return the new base URL (and remember it, so later `get()` calls return it),
   * or undefined to follow `Location` for this request only.
   */
  moved?(redirect: PermanentRedirect): string | undefined | Promise<string | undefined>;
  /**
   * A permanent redirect named an origin the credentials do not belong to: ask the authority that names the
   * base URL again (Kaizala: a new token exchange). If `get()` then answers another base URL, the request is
   * sent there, with credentials; otherwise the redirect is followed without them.
   */
  recheck?(redirect: PermanentRedirect): void | Promise<void>;
}

export function removeTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

/** The base URL in the form `new Request()` produces, so request URLs can be matched against it. */
export function normalizeBaseUrl(url: string): string {
  return removeTrailingSlash(new URL(url).href);
}

/**
 * The new base URL when `Location` is the request URL with a different base
 * (`https://old/api/groups?page=2` → `https://new/v2/groups?page=2` gives `https://new/v2`).
 */
export function inferMovedBaseUrl(redirect: PermanentRedirect): string | undefined {
  const base = normalizeBaseUrl(redirect.baseUrl);
  const requested = redirect.requestUrl.href;
  if (!requested.startsWith(base)) return undefined;
  const suffix = requested.slice(base.length);
  const location = redirect.location.href;
  if (suffix === '' || suffix === '/') return removeTrailingSlash(location);
  return location.endsWith(suffix) ? location.slice(0, -suffix.length) : undefined;
}

/** A fixed base URL that follows permanent redirects for the rest of the client's life. */
export function movableBaseUrl(initial: string): BaseUrlSource {
  let current = normalizeBaseUrl(initial);
  return {
    get: () => current,
    moved(redirect) {
      const next = inferMovedBaseUrl(redirect);
      if (next !== undefined) current = next;
      return next;
    },
  };
}
