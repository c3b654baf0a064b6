import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';
import { serializePassboltQuery } from './query-string.js';

export type { components, operations, paths } from './generated/schema.js';
export { serializePassboltQuery } from './query-string.js';

/** The `GET /groups.json` response: the `header` envelope and the list of groups in `body`. */
export type GroupList = components['schemas']['GroupList'];
/** The metadata every successful passbolt response carries in `header`. */
export type ResponseHeader = components['schemas']['ResponseHeader'];
/** A group of users. */
export type Group = components['schemas']['Group'];
/** A user of a group (with `contain: { user: 1 }`), with the membership in `_joinData`. */
export type GroupMember = components['schemas']['GroupMember'];
/** The membership of a user in a group (`_joinData`, or an entry of `groups_users`). */
export type GroupMembership = components['schemas']['GroupMembership'];
/** A passbolt user. */
export type User = components['schemas']['User'];
/** The filters `GET /groups.json` takes (`filter[has-users]`, `filter[has-managers]`). */
export type GroupFilter = components['schemas']['GroupFilter'];
/** The associations `GET /groups.json` can contain (`contain[user]`, ...). */
export type GroupContain = components['schemas']['GroupContain'];
/** The error envelope passbolt returns (`header` with status `error`, empty `body`). */
export type PassboltErrorBody = components['schemas']['ErrorResponse'];

/** The API version the spec describes, sent as `api-version` unless a call sets its own. */
export const DEFAULT_API_VERSION = 'v2';

/**
 * How requests authenticate: a JWT access token (`POST /auth/jwt/login.json`, passbolt 3.3 and later), or
 * the `passbolt_session` cookie a GpgAuth login (`POST /auth/login.json`) set. Exactly one of the two.
 */
export type PassboltAuth = { accessToken: string; sessionId?: never } | { sessionId: string; accessToken?: never };

export type PassboltClientOptions = PassboltAuth & {
  /** The passbolt instance's base URL, for example `https://passbolt.example.org` (self-hosted: no default). */
  baseUrl: string;
  /** The `api-version` sent with every request that does not set one; `v2` by default. */
  apiVersion?: string;
};

export type PassboltClient = Client<paths>;

function authHeaders(auth: PassboltAuth): Record<string, string> {
  if (auth.accessToken !== undefined) return { Authorization: `Bearer ${auth.accessToken}` };
  return { Cookie: `passbolt_session=${auth.sessionId}` };
}

/** Creates a typed client for the passbolt groups API. */
export function createPassboltClient(options: PassboltClientOptions): PassboltClient {
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: authHeaders(options),
    querySerializer: (query) => serializePassboltQuery({ 'api-version': apiVersion, ...query }),
  });
}
