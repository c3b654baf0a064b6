import { abortable } from './sleep.js';

export interface TokenGrant<T> {
  readonly token: T;
  /** When the token stops working (epoch ms or Date); omitted means until invalidated. */
  readonly expiresAt?: number | Date;
}

export interface TokenRequest<T> {
  /** The token being replaced (expired or rejected), for refresh-token flows; undefined the first time. */
  readonly previous: T | undefined;
}

export interface CachedTokenOptions<T> {
  /** Obtains a fresh token: sign a JWT, call a token exchange, use a refresh token. */
  fetch(request: TokenRequest<T>): Promise<TokenGrant<T>>;
  /** Refresh this long before expiry (at most half the token's lifetime). Default 60 s. */
  readonly refreshSkewMs?: number;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

export interface CachedToken<T> {
  /** A token that is not about to expire; concurrent callers share one fetch in flight. */
  get(signal?: AbortSignal): Promise<T>;
  /**
   * Forgets the cached token so the next `get` fetches a new one. With `stale`, only when the cached
   * token is still that one: many requests rejected with the same token cause a single refresh.
   */
  invalidate(stale?: T): void;
}

interface Cached<T> {
  readonly token: T;
  readonly refreshAt: number;
}

export function cachedToken<T>(options: CachedTokenOptions<T>): CachedToken<T> {
  const now = options.now ?? Date.now;
  const skewMs = options.refreshSkewMs ?? 60_000;
  let cached: Cached<T> | undefined;
  let previous: T | undefined;
  let inFlight: Promise<T> | undefined;

  const refresh = async (): Promise<T> => {
    const fetchedAt = now();
    const grant = await options.fetch({ previous });
    previous = grant.token;
    cached = { token: grant.token, refreshAt: refreshTime(grant, fetchedAt, skewMs) };
    return grant.token;
  };

  return {
    get(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      inFlight ??= refresh().finally(() => {
        inFlight = undefined;
      });
      return abortable(inFlight, signal);
    },
    invalidate(...stale: [stale?: T]) {
      if (cached === undefined) return;
      if (stale.length > 0 && !Object.is(cached.token, stale[0])) return;
      cached = undefined;
    },
  };
}

function refreshTime(grant: TokenGrant<unknown>, fetchedAt: number, skewMs: number): number {
  if (grant.expiresAt === undefined) return Number.POSITIVE_INFINITY;
  const expiresAt = grant.expiresAt instanceof Date ? grant.expiresAt.getTime() : grant.expiresAt;
  const lifetime = expiresAt - fetchedAt;
  return expiresAt - Math.min(skewMs, Math.max(0, lifetime / 2));
}
