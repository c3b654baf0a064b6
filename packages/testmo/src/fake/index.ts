import {
  clockOf,
  faultQueue,
  rateLimitFor,
  retryAfterSeconds,
  startFakeServer,
  type FakeHandle,
  type FakeOptions,
  type FakeReply,
  type FakeRequest,
} from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';
import { generateGroups, generateUsers, type TestmoFakeUser } from './data.js';

type Group = components['schemas']['Group'];
type PaginatedGroups = components['schemas']['PaginatedGroups'];
type GroupResponse = components['schemas']['GroupResponse'];
type ErrorResponse = components['schemas']['ErrorResponse'];

export type { TestmoFakeUser } from './data.js';

export interface TestmoFakeOptions extends FakeOptions {
  /** How many groups the instance has (ids 1..n). Default 25. */
  readonly groups?: number;
  /** How many users (ids 1..n; user 1 is the site admin). Default 20. */
  readonly users?: number;
  /** The site admin's API token. Default `testmo-fake-admin-token`. */
  readonly token?: string;
}

export interface TestmoFakeState {
  /** The groups, in id order; push, change or remove and the next answer shows it. */
  readonly groups: Group[];
  readonly users: TestmoFakeUser[];
  /** API token → user id. A token of a user who is not a site admin gets 403. */
  readonly tokens: Map<string, number>;
}

export interface TestmoFake extends FakeHandle<TestmoFakeState> {
  /** The instance URL: the client's `baseUrl`. */
  readonly url: string;
  /** The site admin's token: the client's `token`. */
  readonly token: string;
  /** A token whose user is not a site admin (gets 403). */
  readonly userToken: string;
}

const PER_PAGE = [15, 25, 50, 100];
const EXPANDS = ['users'];

const error = (status: number, message: string, headers?: Record<string, string>): FakeReply => ({
  status,
  headers,
  body: { message } satisfies ErrorResponse,
});

/** A whole number from a query value, or undefined when it is not one. */
function wholeNumber(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** The `expands` asked for, or the first one Testmo does not know. */
function expandsOf(value: string | null): { readonly names: string[] } | { readonly unknown: string } {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.find((name) => !EXPANDS.includes(name));
  return unknown === undefined ? { names } : { unknown };
}

function expandedUsers(groups: readonly Group[], users: readonly TestmoFakeUser[]): components['schemas']['User'][] {
  const ids = new Set<number>();
  for (const group of groups) {
    for (const id of group.members) ids.add(id);
    ids.add(group.created_by);
    if (group.updated_by !== null) ids.add(group.updated_by);
  }
  return users.filter((user) => ids.has(user.id)).map(({ id, name, email }) => ({ id, name, email }));
}

/**
 * A Testmo instance on 127.0.0.1: `GET /api/v1/groups` paged as Testmo pages (`page` from 1, `per_page`
 * 15/25/50/100, `next_page` null on the last page), `GET /api/v1/groups/{id}`, the `users` expand, bearer
 * tokens checked (401 unknown, 403 not a site admin), 422 for invalid parameters.
 */
export async function startTestmoFake(options: TestmoFakeOptions = {}): Promise<TestmoFake> {
  const seed = options.seed ?? 1;
  const users = generateUsers(options.users ?? 20, seed);
  const token = options.token ?? 'testmo-fake-admin-token';
  const userToken = 'testmo-fake-user-token';
  const state: TestmoFakeState = {
    users,
    groups: generateGroups(options.groups ?? 25, users, seed),
    tokens: new Map([
      [token, 1],
      [userToken, users.length > 1 ? 2 : 1],
    ]),
  };
  const clock = clockOf(options.clock);
  // Testmo publishes no numbers, so by default there is no limit; pass your own to test a 429.
  const limit = rateLimitFor(options.rateLimit, [], clock);
  const faults = faultQueue();

  function answer(request: FakeRequest): FakeReply {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const userId = bearer === undefined ? undefined : state.tokens.get(bearer);
    if (userId === undefined) return error(401, 'Unauthenticated.');
    const path = request.url.pathname;
    const isList = path === '/api/v1/groups';
    const one = /^\/api\/v1\/groups\/(\d{1,15})$/.exec(path);
    if (!isList && !one) return error(404, 'Not found.');
    if (request.method !== 'GET') return error(405, 'Method not allowed.');
    if (!state.users.find((user) => user.id === userId)?.is_site_admin) return error(403, 'This action requires site admin access.');
    const decision = limit?.take(bearer as string);
    if (decision && !decision.allowed) return error(429, 'Too many requests.', { 'retry-after': retryAfterSeconds(decision.retryAfterMs) });

    const query = request.url.searchParams;
    const expands = expandsOf(query.get('expands'));
    if ('unknown' in expands) return error(422, `Invalid data: unknown expand "${expands.unknown}".`);
    const withUsers = (groups: readonly Group[]) => (expands.names.includes('users') ? { users: expandedUsers(groups, state.users) } : {});

    if (one) {
      const group = state.groups.find((candidate) => candidate.id === Number(one[1]));
      if (!group) return error(404, 'Group not found.');
      return { status: 200, body: { result: group, expands: withUsers([group]) } satisfies GroupResponse };
    }
    const page = wholeNumber(query.get('page'), 1);
    const perPage = wholeNumber(query.get('per_page'), 100);
    if (page === undefined || page < 1) return error(422, 'Invalid data: page must be an integer of at least 1.');
    if (perPage === undefined || !PER_PAGE.includes(perPage)) return error(422, 'Invalid data: per_page must be 15, 25, 50 or 100.');
    const total = state.groups.length;
    const lastPage = total === 0 ? null : Math.ceil(total / perPage);
    const result = state.groups.slice((page - 1) * perPage, page * perPage);
    const body: PaginatedGroups = {
      page: lastPage === null ? null : page,
      prev_page: lastPage !== null && page > 1 ? Math.min(page - 1, lastPage) : null,
      next_page: lastPage !== null && page < lastPage ? page + 1 : null,
      last_page: lastPage,
      per_page: perPage,
      total,
      result,
      expands: withUsers(result),
    };
    return { status: 200, body };
  }

  const server = await startFakeServer({
    handle: answer,
    faults,
    faultBody: (status) => ({ message: status >= 500 ? 'Server error.' : 'Request failed.' }) satisfies ErrorResponse,
    host: options.host,
    port: options.port,
    record: options.record,
    control: options.control ? { faults, clock, state: () => state } : undefined,
  });
  return { url: server.origin, token, userToken, state, fail: faults, clock, exchanges: server.exchanges, close: server.close };
}
