import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';
export { hasExpandedUsers, type WithExpandedUsers } from './expanded-users.js';

/** A user group of the Testmo instance. */
export type Group = components['schemas']['Group'];
/** One page of groups, as `GET /api/v1/groups` returns it. */
export type PaginatedGroups = components['schemas']['PaginatedGroups'];
/** One group, as `GET /api/v1/groups/{group_id}` returns it. */
export type GroupResponse = components['schemas']['GroupResponse'];
/** The objects requested with `expands`, keyed by expand name. */
export type GroupExpands = components['schemas']['GroupExpands'];
/** A Testmo user, as the `users` expand includes it. */
export type User = components['schemas']['User'];
/** The error body Testmo returns with a 4xx status. */
export type TestmoErrorBody = components['schemas']['ErrorResponse'];

export interface TestmoClientOptions {
  /** The instance's root URL, for example `https://acme.testmo.net` (paths already start with `/api/v1`). */
  baseUrl: string;
  /** A Testmo API token; the groups methods need one whose user is a site admin. */
  token: string;
}

export type TestmoClient = Client<paths>;

/** Creates a typed client for the Testmo groups API, authenticated with an API token as a bearer token. */
export function createTestmoClient(options: TestmoClientOptions): TestmoClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${options.token}` },
  });
}
