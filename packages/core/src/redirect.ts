import { removeTrailingSlash, type BaseUrlSource } from './base-url.js';
import { isDowngrade, type OriginPolicy } from './origins.js';
import type { ResendableBody } from './plain-request.js';

/** A path on the (resolved per attempt) base URL, or an absolute URL once a redirect fixed it. */
export type Target = { readonly kind: 'base'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

/** What the next attempt sends. */
export interface Outgoing {
  readonly target: Target;
  readonly method: string;
  readonly headers: Headers;
  readonly body: ResendableBody | undefined;
  /**
   * Whether the attempt may carry credentials at all: false for the rest of a call once a redirect went to an
   * origin that is not trusted, or from https to http (a host that is not trusted must not be able to send the
   * client back to the API with a request of its choosing and the credentials attached).
   */
  readonly credentials: boolean;
}

export interface RedirectAnswer {
  readonly status: number;
  readonly location: string;
  /** The URL of the request that was redirected. */
  readonly url: string;
  /** The base URL resolved for that request (no trailing slash). */
  readonly base: string;
}

/**
 * The request a redirect asks for, as fetch would make it: 303 (and 301/302 after a POST) become a GET
 * without a body, 307/308 keep method and body. A permanent redirect of a base-URL request to an origin the
 * credentials belong to asks the base-URL source whether the whole API moved; to any other origin it is
 * followed for this request only, without credentials.
 */
export async function followRedirect(outgoing: Outgoing, redirect: RedirectAnswer, baseUrl: BaseUrlSource, origins: OriginPolicy): Promise<Outgoing> {
  const { status, url, base } = redirect;
  const from = new URL(url);
  const location = new URL(redirect.location, from);
  const credentials = outgoing.credentials && trustedHop(origins, url, location.href, base);
  const permanentOnBase = (status === 301 || status === 308) && outgoing.target.kind === 'base';
  if (permanentOnBase && outgoing.credentials && !credentials && baseUrl.recheck) {
    await baseUrl.recheck({ status, location, requestUrl: from, baseUrl: base });
    // The authority named another base URL: the request goes there (resolved on the next attempt), credentials and all.
    if (removeTrailingSlash(await baseUrl.get()) !== base) return outgoing;
  }
  let movedTo: string | undefined;
  if (permanentOnBase && credentials) {
    movedTo = await baseUrl.moved?.({ status, location, requestUrl: from, baseUrl: base });
  }
  const path = outgoing.target.kind === 'base' ? outgoing.target.path : '';
  const target: Target = { kind: 'url', url: movedTo === undefined ? location.href : `${removeTrailingSlash(movedTo)}${path}` };
  const becomesGet = (status === 303 && outgoing.method !== 'HEAD') || ((status === 301 || status === 302) && outgoing.method === 'POST');
  if (!becomesGet) return { target, method: outgoing.method, headers: outgoing.headers, body: outgoing.body, credentials };
  const headers = new Headers(outgoing.headers);
  headers.delete('content-type');
  headers.delete('content-length');
  return { target, method: 'GET', headers, body: undefined, credentials };
}

/** Whether a redirect from `url` to `location` stays where the credentials belong (no https to http either). */
export function trustedHop(origins: OriginPolicy, url: string, location: string, base: string): boolean {
  const from = new URL(url);
  const to = URL.canParse(location, from) ? new URL(location, from) : undefined;
  return to !== undefined && origins.trusts(to, base) && !isDowngrade(from, to);
}

/** The headers of an attempt that carries no credentials: every secret-named header left out. */
export function withoutSecrets(headers: Headers, isSecret: (name: string) => boolean): Headers {
  const stripped = new Headers();
  for (const [name, value] of headers) if (!isSecret(name)) stripped.append(name, value);
  return stripped;
}
