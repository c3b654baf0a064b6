import { assertCredential, createClient, staticAuth, type ClientOptions, type Paginated } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';
import { testmoErrorReason } from './error-reason.js';
import { paginateGroups, type ListGroupsPaging } from './paginate-groups.js';

// Interfaces, not aliases of `components['schemas'][...]`: an editor then shows `Group`, not the whole object, where a
// value of one is shown (hover, errors, `paginate()` items and pages).
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type { components, operations, paths } from './generated/schema.js';
export { expandedUsers, hasExpandedUsers, type WithExpandedUsers } from './expanded-users.js';
export type { ListGroupsPaging } from './paginate-groups.js';
export * from '@group-apis/core/errors';
export type { Logger, Paginated, RateLimitOptions, RequestLog, RetryOptions } from '@group-apis/core';

/** A user group of the Testmo instance. */
export interface Group extends Schema<'Group'> {}
/** One page of groups, as `GET /api/v1/groups` returns it. */
export interface PaginatedGroups extends Schema<'PaginatedGroups'> {}
/** One group, as `GET /api/v1/groups/{group_id}` returns it. */
export interface GroupResponse extends Schema<'GroupResponse'> {}
/** The objects requested with `expands`, keyed by expand name. */
export interface GroupExpands extends Schema<'GroupExpands'> {}
/** A response's `expands`: a `GroupExpands` object, or `[]` when there is nothing to expand. */
export type Expands = Schema<'Expands'>;
/** A Testmo user, as the `users` expand includes it. */
export interface User extends Schema<'User'> {}
/** The error body Testmo returns with a 4xx status: the `body` of the errors `unwrap` throws. */
export interface TestmoErrorBody extends Schema<'ErrorResponse'> {}

/** Testmo's "Error Handling" page: after a 429 without a `Retry-After` header, wait at least 60 seconds. */
export const TESTMO_DEFAULT_RETRY_AFTER_MS = 60_000;

/** The instance, the token, and the runtime options of @group-apis/core (timeouts, retries, rate limits, logging, fetch). */
export interface TestmoClientOptions extends Omit<ClientOptions, 'baseUrl' | 'auth' | 'errorReason'> {
  /** The instance's root URL, for example `https://acme.testmo.net` (paths already start with `/api/v1`). */
  readonly baseUrl: string;
  /** A Testmo API token; the groups methods need one whose user is a site admin. */
  readonly token: string;
}

export interface TestmoClient extends Client<paths> {
  /** Every group of the instance, fetched a page at a time as the loop asks; `.pages()` gives the pages. */
  paginate(path: '/api/v1/groups', init?: ListGroupsPaging): Paginated<Group, PaginatedGroups>;
}

/** Creates a typed client for the Testmo groups API, authenticated with an API token as a bearer token. */
export function createTestmoClient(options: TestmoClientOptions): TestmoClient {
  const { baseUrl, token, retry, ...runtime } = options;
  assertCredential(token, 'token');
  const client = createClient<paths>({
    ...runtime,
    baseUrl,
    auth: staticAuth({ authorization: `Bearer ${token}` }),
    retry: retry === false ? false : { defaultRetryAfterMs: TESTMO_DEFAULT_RETRY_AFTER_MS, ...retry },
    errorReason: testmoErrorReason,
  });
  return Object.assign(client, {
    paginate: (_path: '/api/v1/groups', init?: ListGroupsPaging) => paginateGroups(client, init),
  });
}
