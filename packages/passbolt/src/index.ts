import { assertCredential, createClient } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import { passboltAuth } from './auth.js';
import { passboltErrorReason } from './error-reason.js';
import type { PassboltClientOptions } from './client-options.js';
import type { components, paths } from './generated/schema.js';
import { serializePassboltQuery } from './query-string.js';

export type { components, operations, paths } from './generated/schema.js';
export { isMfaRequired } from './mfa-required.js';
export { serializePassboltQuery } from './query-string.js';
export type {
  PassboltAccessTokenAuth,
  PassboltAuth,
  PassboltClientOptions,
  PassboltRefreshingAuth,
  PassboltSessionAuth,
  PassboltTokenProviderAuth,
} from './client-options.js';

// Interfaces, not aliases of `components['schemas'][...]`: an editor then shows `Group`, not the whole object, where a
// value of one is shown (hover, errors, `paginate()` items and pages).
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export type { PassboltTokens } from './jwt-refresh.js';
export { RefreshTokenSpentError } from './refresh-token-spent-error.js';
// The runtime's error handling and option types, so callers need no second import.
export * from '@group-apis/core/errors';
export type { Logger, RateLimitOptions, RequestLog, RetryOptions } from '@group-apis/core';

/** The `GET /groups.json` response: the `header` envelope and the list of groups in `body`. */
export interface GroupList extends Schema<'GroupList'> {}
/** The metadata every successful passbolt response carries in `header`. */
export interface ResponseHeader extends Schema<'ResponseHeader'> {}
/** A group of users. */
export interface Group extends Schema<'Group'> {}
/** A user of a group (with `contain: { users: 1 }`), with the membership in `_joinData`. */
export interface GroupMember extends Schema<'GroupMember'> {}
/** The membership of a user in a group (`_joinData`, or an entry of `groups_users`). */
export interface GroupMembership extends Schema<'GroupMembership'> {}
/** A passbolt user. */
export interface User extends Schema<'User'> {}
/** The filters `GET /groups.json` takes (`filter[has-users]`, `filter[has-managers]`). */
export interface GroupFilter extends Schema<'GroupFilter'> {}
/** The associations `GET /groups.json` can contain (`contain[users]`, `contain[groups_users.user]`, ...). */
export interface GroupContain extends Schema<'GroupContain'> {}
/** The error envelope passbolt returns (`header` with status `error`, `body` usually `""`); the `body` of `unwrap`'s errors. */
export interface PassboltErrorBody extends Schema<'ErrorResponse'> {}
/** The `body` of the 403 passbolt answers while a multi-factor authentication step is pending. */
export interface MfaRequired extends Schema<'MfaRequired'> {}
/** A user's profile (with a `…profile` contain). */
export interface Profile extends Schema<'Profile'> {}

/** The API version the spec describes, sent as `api-version` unless a call sets its own. */
export const DEFAULT_API_VERSION = 'v2';

export type PassboltClient = Client<paths>;

/**
 * Creates a typed client for the passbolt groups API: a JWT access token (renewed with its refresh token
 * when one is given), your own token provider, or a GpgAuth session cookie. No rate limit by default:
 * passbolt publishes none.
 */
export function createPassboltClient(options: PassboltClientOptions): PassboltClient {
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  // Checked before any use: `Headers` would quote a bad value (the credential) in its TypeError.
  for (const name of ['accessToken', 'refreshToken', 'sessionId'] as const) {
    if (options[name] !== undefined) assertCredential(options[name], name);
  }
  const transport = {
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    logger: options.logger,
    fetch: options.fetch,
    secretHeaders: options.secretHeaders,
  };
  return createClient<paths>({
    ...transport,
    auth: passboltAuth(options, transport),
    retry: options.retry,
    rateLimit: options.rateLimit ?? false,
    headers: options.headers,
    requestIdHeaders: options.requestIdHeaders,
    trustedOrigins: options.trustedOrigins,
    maxResponseBytes: options.maxResponseBytes,
    followRedirects: options.followRedirects,
    querySerializer: (query) => serializePassboltQuery({ 'api-version': apiVersion, ...query }),
    errorReason: passboltErrorReason,
  });
}
