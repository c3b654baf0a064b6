import { generateKeyPair, sign, verify, type KeyObject } from 'node:crypto';
import { decodeJwtParts, type FakeClock, type SeededRandom } from '@group-apis/core/fake-server';

/** A refresh token as passbolt stores it (`authentication_tokens`, type `refresh_token`). */
export interface PassboltFakeRefreshToken {
  readonly userId: string;
  /** False once consumed by a refresh (or revoked). */
  active: boolean;
  /** Epoch ms on the fake's clock. */
  expiresAt: number;
}

/** What passbolt does on a refresh it refuses as an attack: it mails the user and every administrator. */
export interface PassboltFakeSecurityAlert {
  readonly userId: string | undefined;
  readonly reason: 'consumed' | 'expired' | 'not-found';
  readonly message: string;
  /** Epoch ms on the fake's clock. */
  readonly at: number;
}

export interface JwtIssuer {
  /** An RS256 access token for the user, with `iss`, `sub` and `exp`, as passbolt's JwtTokenCreateService makes them. */
  accessToken(userId: string): string;
  /** The `sub` of a token this issuer signed that has not expired on the clock, else undefined. */
  verify(token: string): string | undefined;
  /** A fresh, active refresh token (a UUID) for the user. */
  refreshToken(userId: string): string;
}

export async function jwtIssuer(options: {
  issuer: () => string;
  clock: FakeClock;
  random: SeededRandom;
  accessTokenLifetimeMs: number;
  refreshTokenLifetimeMs: number;
  refreshTokens: Map<string, PassboltFakeRefreshToken>;
}): Promise<JwtIssuer> {
  const { privateKey, publicKey } = await new Promise<{ privateKey: KeyObject; publicKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => (error ? reject(error) : resolve({ publicKey, privateKey }))),
  );
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    accessToken(userId) {
      const exp = Math.floor((options.clock.now() + options.accessTokenLifetimeMs) / 1000);
      const input = `${encode({ typ: 'JWT', alg: 'RS256' })}.${encode({ iss: options.issuer(), sub: userId, exp })}`;
      return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    },
    verify(token) {
      const parts = decodeJwtParts(token);
      if (!parts || parts.header.alg !== 'RS256') return undefined;
      if (!verify('sha256', Buffer.from(parts.signingInput), publicKey, parts.signature)) return undefined;
      const { sub, exp } = parts.claims;
      if (typeof sub !== 'string' || typeof exp !== 'number' || exp * 1000 <= options.clock.now()) return undefined;
      return sub;
    },
    refreshToken(userId) {
      const token = options.random.uuid();
      options.refreshTokens.set(token, { userId, active: true, expiresAt: options.clock.now() + options.refreshTokenLifetimeMs });
      return token;
    },
  };
}
