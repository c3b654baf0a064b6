import { cachedToken, staticAuth, tokenAuth, type AuthProvider, type CachedToken } from '@group-apis/core';
import type { PassboltAuth, PassboltRefreshingAuth } from './client-options.js';
import { jwtClaims, jwtExpiry } from './jwt-claims.js';
import { jwtRefresh, type RefreshOptions } from './jwt-refresh.js';

export type TransportOptions = Omit<RefreshOptions, 'userId'>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Hands out the caller's access token first (unless it has already expired), then renewed ones. */
function refreshingToken(auth: PassboltRefreshingAuth, transport: TransportOptions): CachedToken<string> {
  const userId = auth.userId ?? jwtClaims(auth.accessToken)?.sub;
  if (typeof userId !== 'string') throw new TypeError('userId is required: the access token carries no `sub` claim');
  const refresh = jwtRefresh({ ...transport, userId });
  let unused: string | undefined = auth.accessToken;
  let refreshToken = auth.refreshToken;
  return cachedToken({
    async fetch() {
      const given = unused;
      unused = undefined;
      if (given !== undefined && (jwtExpiry(given) ?? Infinity) > Date.now()) return { token: given, expiresAt: jwtExpiry(given) };
      const tokens = await refresh(refreshToken);
      refreshToken = tokens.refreshToken;
      await auth.onTokenRefresh?.(tokens);
      return { token: tokens.accessToken, expiresAt: jwtExpiry(tokens.accessToken) };
    },
  });
}

/**
 * The provider for the configured credential. Tokens are renewed after a 401: that is what passbolt's JWT
 * authenticator answers to a missing, expired or invalid token (a 403 means the user may not do this).
 */
export function passboltAuth(auth: PassboltAuth, transport: TransportOptions): AuthProvider {
  if (auth.sessionId !== undefined) return staticAuth({ Cookie: `passbolt_session=${auth.sessionId}` });
  if (auth.getAccessToken !== undefined) {
    const { getAccessToken } = auth;
    const token = cachedToken({
      fetch: async () => {
        const value = await getAccessToken();
        return { token: value, expiresAt: jwtExpiry(value) };
      },
    });
    return tokenAuth(token, bearer);
  }
  if (auth.refreshToken !== undefined) return tokenAuth(refreshingToken(auth, transport), bearer);
  return staticAuth(bearer(auth.accessToken));
}
