import { cachedToken, tokenAuth, type AuthProvider, type TokenGrant } from '@group-apis/core';
import { signHs256Jwt } from './hs256-jwt.js';

/**
 * The credentials of an app created in the Bot Admin Console, from which the client signs its own JWTs
 * (Kore.ai's API introduction, "Generating the JWT Token": HS256, the client secret as key, `appId` claim).
 */
export interface KoreAiAppCredentials {
  /** The app's Client ID, sent as the JWT's `appId` claim. */
  readonly clientId: string;
  /** The app's Client Secret: the HS256 signing key. It never leaves the process. */
  readonly clientSecret: string;
  /** How long each signed JWT is valid (`exp` - `iat`, whole seconds). A fresh one is signed before it expires. Default 1 h. */
  readonly jwtLifetimeMs?: number;
}

export const DEFAULT_JWT_LIFETIME_MS = 3_600_000;

/**
 * One JWT as Kore.ai's public APIs accept it in the `auth` header, and when it expires (epoch ms). `iat` and `exp`
 * are whole seconds, so a random `jti` (RFC 7519 4.1.7) makes every signature a different token: the JWT signed
 * after a 401 is never the rejected one again, even within the same second.
 */
export async function signKoreAiJwt(credentials: KoreAiAppCredentials, issuedAtMs: number = Date.now()): Promise<TokenGrant<string>> {
  const iat = Math.floor(issuedAtMs / 1000);
  const exp = iat + Math.floor((credentials.jwtLifetimeMs ?? DEFAULT_JWT_LIFETIME_MS) / 1000);
  const token = await signHs256Jwt({ appId: credentials.clientId, iat, exp, jti: crypto.randomUUID() }, credentials.clientSecret);
  return { token, expiresAt: exp * 1000 };
}

/**
 * Signs a JWT on first use, reuses it until shortly before it expires, and signs a fresh one then or
 * after a 401 (the runtime re-sends a call once: a 401 to the fresh JWT ends it). Concurrent requests share
 * one signing.
 */
export function koreAiJwtAuth(credentials: KoreAiAppCredentials): AuthProvider {
  if (!credentials.clientId || !credentials.clientSecret) throw new TypeError('clientId and clientSecret must be non-empty strings');
  // Never sent, but a control character in it is a pasting accident (a trailing newline) that signs JWTs Kore.ai refuses.
  if (/[\0-\x1f\x7f]/.test(credentials.clientSecret)) {
    throw new TypeError('clientSecret contains a control character (such as CR or LF); the value is not shown');
  }
  const lifetimeMs = credentials.jwtLifetimeMs ?? DEFAULT_JWT_LIFETIME_MS;
  if (!(lifetimeMs >= 1000 && Number.isFinite(lifetimeMs))) throw new RangeError('jwtLifetimeMs must be a finite number >= 1000');
  const jwt = cachedToken({ fetch: () => signKoreAiJwt(credentials) });
  return tokenAuth(jwt, (token) => ({ auth: token }));
}
