import type { ClientOptions } from '@group-apis/core';
import type { PassboltTokens } from './jwt-refresh.js';

interface NoCredential {
  readonly accessToken?: never;
  readonly refreshToken?: never;
  readonly userId?: never;
  readonly onTokenRefresh?: never;
  readonly getAccessToken?: never;
  readonly sessionId?: never;
  readonly login?: never;
}

/** A JWT access token (`POST /auth/jwt/login.json`, passbolt 3.3 and later), used until it is rejected. */
export type PassboltAccessTokenAuth = Omit<NoCredential, 'accessToken'> & {
  readonly accessToken: string;
};

/** A JWT access token and its refresh token: the client renews the access token before it expires and after a 401. */
export type PassboltRefreshingAuth = Omit<NoCredential, 'accessToken' | 'refreshToken' | 'userId' | 'onTokenRefresh' | 'login'> & {
  readonly accessToken: string;
  /** Single use: each renewal consumes it and passbolt hands out the next one. */
  readonly refreshToken: string;
  /** The user the tokens belong to; by default the access token's `sub` claim. */
  readonly userId?: string;
  /**
   * Called with every new pair, so you can store the refresh token that replaced yours. If it throws, the
   * call that caused the renewal rejects with its error (the client keeps the new pair either way).
   */
  readonly onTokenRefresh?: (tokens: PassboltTokens) => void | Promise<void>;
  /**
   * Logs in again (`POST /auth/jwt/login.json`, your GPG challenge) and returns the new pair. Asked only when a
   * renewal failed: the refresh token it sent is spent and is never sent again. Without it, that call and every
   * later one reject with `RefreshTokenSpentError`.
   */
  readonly login?: () => Promise<PassboltTokens>;
};

/** Your own source of access tokens: asked when the client has none, before one expires, and after a 401. */
export type PassboltTokenProviderAuth = Omit<NoCredential, 'getAccessToken'> & {
  readonly getAccessToken: () => Promise<string>;
};

/** The `passbolt_session` cookie of a GpgAuth login (`POST /auth/login.json`). */
export type PassboltSessionAuth = Omit<NoCredential, 'sessionId'> & {
  readonly sessionId: string;
};

/** How requests authenticate: exactly one of these. */
export type PassboltAuth = PassboltAccessTokenAuth | PassboltRefreshingAuth | PassboltTokenProviderAuth | PassboltSessionAuth;

export type PassboltClientOptions = PassboltAuth &
  Omit<ClientOptions, 'baseUrl' | 'auth' | 'querySerializer' | 'bodySerializer'> & {
    /** The passbolt instance's base URL, for example `https://passbolt.example.org` (self-hosted: no default). */
    readonly baseUrl: string;
    /** The `api-version` sent with every request that does not set one; `v2` by default. */
    readonly apiVersion?: string;
  };
