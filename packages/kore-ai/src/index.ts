import { assertCredential, createClient, staticAuth, type AuthProvider, type ClientOptions, type Paginated, type RateLimitOptions } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';
import { koreAiErrorReason } from './error-reason.js';
import { koreAiJwtAuth, type KoreAiAppCredentials } from './jwt-auth.js';
import { paginateGroups, type ListGroupsPaging } from './paginate-groups.js';

// Interfaces, not aliases of `components['schemas'][...]`: an editor then shows `Group`, not the whole object, where a
// value of one is shown (hover, errors, `paginate()` items and pages).
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type { components, operations, paths } from './generated/schema.js';
export { DEFAULT_JWT_LIFETIME_MS, signKoreAiJwt, type KoreAiAppCredentials } from './jwt-auth.js';
export type { ListGroupsPaging } from './paginate-groups.js';
export * from '@group-apis/core/errors';
export type { Logger, Paginated, RateLimitOptions, RequestLog, RetryOptions } from '@group-apis/core';

/** A page of groups as `GET /groups` returns it. */
export interface GroupList extends Schema<'GroupList'> {}
/** A group of users in the account. */
export interface Group extends Schema<'Group'> {}
/** A member of a group. */
export interface GroupMember extends Schema<'GroupMember'> {}
/** The error envelope Kore.ai returns: the `body` of the errors `unwrap` throws. */
export interface KoreAiErrorBody extends Schema<'ErrorList'> {}

export const DEFAULT_HOST = 'bots.kore.ai';

/**
 * Kore.ai's published limits for admin-scope APIs such as Get Groups, per account on its cloud:
 * 60 calls a minute and 1 800 an hour (community.kore.ai, "Understanding Rate Limits for Kore.ai Public APIs").
 */
export const KORE_AI_RATE_LIMITS: readonly RateLimitOptions[] = [
  { maxRequests: 60, intervalMs: 60_000 },
  { maxRequests: 1_800, intervalMs: 3_600_000 },
];

/** Where the client connects, and the runtime options of @group-apis/core (timeouts, retries, logging, fetch). */
export interface KoreAiConnectionOptions extends Omit<ClientOptions, 'baseUrl' | 'auth' | 'rateLimit' | 'errorReason'> {
  /** The environment's host name, for example `bots.kore.ai` (the default). */
  readonly host?: string;
  /** Overrides `https://{host}/api/public`, for proxies and tests. */
  readonly baseUrl?: string;
  /** Client-side limits; default `KORE_AI_RATE_LIMITS`; `false` turns them off. */
  readonly rateLimit?: RateLimitOptions | readonly RateLimitOptions[] | false;
}

/** Authenticate with a JWT you generated yourself (it is sent as is until it stops working). */
export interface KoreAiJwtOptions extends KoreAiConnectionOptions {
  /** The JWT sent in the `auth` header, generated for an app created in the Bot Admin Console. */
  readonly jwt: string;
  readonly clientId?: never;
  readonly clientSecret?: never;
  readonly jwtLifetimeMs?: never;
}

/** Authenticate with the app's client id and secret: the client signs (and re-signs) its own JWTs. */
export interface KoreAiAppOptions extends KoreAiConnectionOptions, KoreAiAppCredentials {
  readonly jwt?: never;
}

export type KoreAiClientOptions = KoreAiJwtOptions | KoreAiAppOptions;

export interface KoreAiClient extends Client<paths> {
  /** Every group of the account, fetched a page at a time as the loop asks; `.pages()` gives the pages. */
  paginate(path: '/groups', init?: ListGroupsPaging): Paginated<Group, GroupList>;
}

/** Creates a typed client for the Kore.ai public groups API. */
export function createKoreAiClient(options: KoreAiClientOptions): KoreAiClient {
  // Credentials are picked out so that only the runtime options reach core.
  const { host = DEFAULT_HOST, baseUrl, jwt, clientId, clientSecret, jwtLifetimeMs, rateLimit = KORE_AI_RATE_LIMITS, ...runtime } = options;
  const client = createClient<paths>({
    ...runtime,
    baseUrl: baseUrl ?? `https://${host}/api/public`,
    auth: authFor(options),
    rateLimit,
    errorReason: koreAiErrorReason,
  });
  return Object.assign(client, {
    paginate: (_path: '/groups', init?: ListGroupsPaging) => paginateGroups(client, init),
  });
}

function authFor(options: KoreAiClientOptions): AuthProvider {
  const { jwt, clientId, clientSecret, jwtLifetimeMs } = options;
  if (jwt !== undefined && clientId === undefined && clientSecret === undefined) {
    assertCredential(jwt, 'jwt');
    return staticAuth({ auth: jwt });
  }
  if (jwt === undefined && clientId !== undefined && clientSecret !== undefined) {
    return koreAiJwtAuth({ clientId, clientSecret, jwtLifetimeMs });
  }
  throw new TypeError('createKoreAiClient needs either `jwt`, or `clientId` and `clientSecret`');
}
