import { Redactor, assertCredential, cachedToken, staticAuth, tokenAuth, type AuthProvider, type CachedToken } from '@group-apis/core';
import type { PassboltAuth, PassboltRefreshingAuth } from './client-options.js';
import { jwtClaims, jwtExpiry } from './jwt-claims.js';
import { jwtRefresh, refreshUrl, type PassboltTokens, type RefreshOptions } from './jwt-refresh.js';
import { RefreshTokenSpentError } from './refresh-token-spent-error.js';

export type TransportOptions = Omit<RefreshOptions, 'userId'>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The pair the caller's `login` returned, checked as the factory checks the ones it was given. */
function checkedLogin(tokens: PassboltTokens): PassboltTokens {
  assertCredential(tokens?.accessToken, 'the `login` result: `accessToken`');
  assertCredential(tokens?.refreshToken, 'the `login` result: `refreshToken`');
  return tokens;
}

/**
 * Hands out the caller's access token first (unless it has already expired), then renewed ones. A refresh
 * token is sent at most once: it counts as spent from the moment it is sent, whatever comes back, and only the
 * one a successful renewal returns is ever sent next. After a failed renewal the caller's `login` supplies a new
 * pair; without one, every call from then on rejects with the same `RefreshTokenSpentError`.
 */
function refreshingToken(auth: PassboltRefreshingAuth, transport: TransportOptions): CachedToken<string> {
  const userId = auth.userId ?? jwtClaims(auth.accessToken)?.sub;
  if (typeof userId !== 'string') throw new TypeError('userId is required: the access token carries no `sub` claim');
  const refresh = jwtRefresh({ ...transport, userId });
  const url = refreshUrl(transport.baseUrl);
  const redactor = new Redactor(transport.secretHeaders);
  let unused: string | undefined = auth.accessToken;
  let refreshToken: string | undefined = auth.refreshToken;
  let spent: RefreshTokenSpentError | undefined;

  const renew = async (): Promise<PassboltTokens> => {
    const sending = refreshToken;
    refreshToken = undefined;
    if (sending !== undefined) {
      try {
        return await refresh(sending);
      } catch (failure) {
        spent = new RefreshTokenSpentError(url, failure, redactor);
      }
    }
    if (auth.login === undefined) throw spent;
    return checkedLogin(await auth.login());
  };

  return cachedToken({
    async fetch() {
      const given = unused;
      unused = undefined;
      if (given !== undefined && (jwtExpiry(given) ?? Infinity) > Date.now()) return { token: given, expiresAt: jwtExpiry(given) };
      const tokens = await renew();
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
  if (auth.sessionId !== undefined) {
    // Checked as a credential by createPassboltClient. A cookie value holds no separators: one could add a cookie of the caller's choosing to the header.
    if (/[ ;,"\\]/.test(auth.sessionId)) throw new TypeError('sessionId contains a space, `;`, `,`, `"` or `\\`, which a cookie value cannot hold; the value is not shown');
    return staticAuth({ Cookie: `passbolt_session=${auth.sessionId}` });
  }
  if (auth.getAccessToken !== undefined) {
    const { getAccessToken } = auth;
    const token = cachedToken({
      fetch: async () => {
        const value = await getAccessToken();
        assertCredential(value, 'the `getAccessToken` result');
        return { token: value, expiresAt: jwtExpiry(value) };
      },
    });
    return tokenAuth(token, bearer);
  }
  if (auth.refreshToken === undefined) return staticAuth(bearer(auth.accessToken));
  return tokenAuth(refreshingToken(auth, transport), bearer);
}
