import { removeTrailingSlash, type BaseUrlSource } from './base-url.js';
import type { ResendableBody } from './plain-request.js';
import type { Redactor } from './redact.js';

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A path on the (resolved per attempt) base URL, or an absolute URL once a redirect fixed it. */
export type Target = { readonly kind: 'base'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

/** What the next attempt sends. */
export interface Outgoing {
  readonly target: Target;
  readonly method: string;
  readonly headers: Headers;
  readonly body: ResendableBody | undefined;
}

export function redirectLocation(response: Response): string | null {
  return REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
}

/**
 * The request a redirect asks for, as fetch would make it: 303 (and 301/302 after a POST) become a
 * GET without a body, 307/308 keep method and body. A permanent redirect of a base-URL request asks
 * the base-URL source whether the whole API moved.
 */
export async function followRedirect(
  outgoing: Outgoing,
  redirect: { readonly status: number; readonly location: string; readonly url: string; readonly base: string | undefined },
  baseUrl: BaseUrlSource,
  redactor: Redactor,
): Promise<Outgoing> {
  const { status, url, base } = redirect;
  const location = new URL(redirect.location, url);
  const headers = new Headers(outgoing.headers);
  let movedTo: string | undefined;
  if ((status === 301 || status === 308) && outgoing.target.kind === 'base' && base !== undefined) {
    movedTo = await baseUrl.moved?.({ status, location, requestUrl: new URL(url), baseUrl: base });
  }
  const path = outgoing.target.kind === 'base' ? outgoing.target.path : '';
  const target: Target = { kind: 'url', url: movedTo === undefined ? location.href : `${removeTrailingSlash(movedTo)}${path}` };
  if (movedTo === undefined && location.origin !== new URL(url).origin) {
    // Static secrets belong to the configured API; the auth provider decides afresh for the new host.
    for (const name of [...headers.keys()]) if (redactor.isSecret(name)) headers.delete(name);
  }
  const becomesGet = (status === 303 && outgoing.method !== 'HEAD') || ((status === 301 || status === 302) && outgoing.method === 'POST');
  if (!becomesGet) return { target, method: outgoing.method, headers, body: outgoing.body };
  headers.delete('content-type');
  headers.delete('content-length');
  return { target, method: 'GET', headers, body: undefined };
}
