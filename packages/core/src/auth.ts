import type { CachedToken } from './cached-token.js';

export type AuthHeaders = Readonly<Record<string, string>>;

/** What an auth provider is told about the attempt it is authenticating. */
export interface AuthRequest {
  readonly method: string;
  /** Where this attempt goes (after base-URL resolution and redirects), so a provider can refuse foreign hosts. */
  readonly url: URL;
  /** 1 for the first attempt, counting retries, redirects and the re-send after a refresh. */
  readonly attempt: number;
  /** The caller's signal, for providers that do network work. */
  readonly signal: AbortSignal;
}

/** A response that says the credentials were not accepted. */
export interface AuthFailure {
  readonly status: number;
  /** The very object `headers()` returned for the rejected attempt. */
  readonly headers: AuthHeaders;
  readonly method: string;
  readonly url: URL;
}

/**
 * Supplies the auth headers of every attempt. When a response has a status in `refreshOn`
 * (default [401]) and `refresh` exists, the client calls `refresh`, asks for headers again and
 * re-sends the request once, whatever its method (the server did not act on it).
 */
export interface AuthProvider {
  headers(request: AuthRequest): AuthHeaders | Promise<AuthHeaders>;
  refresh?(failure: AuthFailure): void | Promise<void>;
  readonly refreshOn?: readonly number[];
}

/** The same headers on every request (an API key, a long-lived bearer token). */
export function staticAuth(headers: AuthHeaders): AuthProvider {
  const copy = { ...headers };
  return { headers: () => copy };
}

export interface TokenAuthOptions {
  readonly refreshOn?: readonly number[];
}

/**
 * Headers made from a cached token; a rejection invalidates exactly the token that was sent, so
 * concurrent rejections lead to one refresh.
 */
export function tokenAuth<T>(
  token: CachedToken<T>,
  toHeaders: (token: T) => AuthHeaders,
  options: TokenAuthOptions = {},
): AuthProvider {
  const sent = new WeakMap<AuthHeaders, T>();
  return {
    async headers(request) {
      const value = await token.get(request.signal);
      const headers = { ...toHeaders(value) };
      sent.set(headers, value);
      return headers;
    },
    refresh(failure) {
      if (sent.has(failure.headers)) token.invalidate(sent.get(failure.headers) as T);
      else token.invalidate();
    },
    ...(options.refreshOn ? { refreshOn: options.refreshOn } : {}),
  };
}
