import { describe, expectTypeOf, it } from 'vitest';
import {
  createTestmoClient,
  expandedUsers,
  hasExpandedUsers,
  resultError,
  type Group,
  type GroupApiError,
  type Paginated,
  type Expands,
  type GroupExpands,
  type GroupResponse,
  type PaginatedGroups,
  type TestmoErrorBody,
  type User,
} from '../src/index.js';

// Type-level only: these calls are type-checked by `tsc --noEmit` and never sent.
const client = createTestmoClient({ baseUrl: 'http://127.0.0.1:1', token: 'token' });
const listGroups = () => client.GET('/api/v1/groups', { params: { query: { page: 2, per_page: 25, expands: 'users' } } });
const getGroup = () => client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 5 } } });

describe('Testmo client types', () => {
  it('needs both baseUrl and token', () => {
    expectTypeOf(createTestmoClient).toBeCallableWith({ baseUrl: 'https://acme.testmo.net', token: 'token' });
    // @ts-expect-error the token is required
    expectTypeOf(createTestmoClient).toBeCallableWith({ baseUrl: 'https://acme.testmo.net' });
    // @ts-expect-error the instance URL is required: Testmo has no shared host
    expectTypeOf(createTestmoClient).toBeCallableWith({ token: 'token' });
  });

  it('types listGroups: data is a page of groups, error is the error body', () => {
    type Result = Awaited<ReturnType<typeof listGroups>>;
    expectTypeOf<NonNullable<Result['data']>>().branded.toEqualTypeOf<PaginatedGroups>();
    expectTypeOf<NonNullable<Result['error']>>().branded.toEqualTypeOf<TestmoErrorBody>();
  });

  it('types getGroup: data is the group envelope', () => {
    type Result = Awaited<ReturnType<typeof getGroup>>;
    expectTypeOf<NonNullable<Result['data']>>().branded.toEqualTypeOf<GroupResponse>();
    expectTypeOf<GroupResponse['result']>().toEqualTypeOf<Group>();
  });

  it('makes the pagination envelope nullable exactly where Testmo returns null', () => {
    expectTypeOf<PaginatedGroups['page']>().toEqualTypeOf<number | null>();
    expectTypeOf<PaginatedGroups['prev_page']>().toEqualTypeOf<number | null>();
    expectTypeOf<PaginatedGroups['next_page']>().toEqualTypeOf<number | null>();
    expectTypeOf<PaginatedGroups['last_page']>().toEqualTypeOf<number | null>();
    expectTypeOf<PaginatedGroups['per_page']>().toEqualTypeOf<number>();
    expectTypeOf<PaginatedGroups['total']>().toEqualTypeOf<number>();
    expectTypeOf<PaginatedGroups['result']>().toEqualTypeOf<Group[]>();
  });

  it('types every Group field', () => {
    expectTypeOf<Group>().toEqualTypeOf<{
      id: number;
      name: string;
      members: number[];
      created_at: string;
      created_by: number;
      updated_at: string | null;
      updated_by: number | null;
    }>();
  });

  it('types expands.users, and narrows it to present with hasExpandedUsers', () => {
    expectTypeOf<GroupExpands['users']>().toEqualTypeOf<User[] | undefined>();
    // Optional: the pagination page lists the envelope without it; and `[]` when nothing is expanded.
    expectTypeOf<PaginatedGroups['expands']>().toEqualTypeOf<Expands | undefined>();
    expectTypeOf<GroupResponse['expands']>().toEqualTypeOf<Expands | undefined>();
    expectTypeOf<unknown[]>().toExtend<Expands>();
    expectTypeOf<GroupExpands>().toExtend<Expands>();
    expectTypeOf(expandedUsers).returns.toEqualTypeOf<User[]>();
    expectTypeOf<User['id']>().toEqualTypeOf<number>();
    const page: PaginatedGroups = { page: null, prev_page: null, next_page: null, last_page: null, per_page: 100, total: 0, result: [], expands: {} };
    if (hasExpandedUsers(page)) {
      expectTypeOf(page.expands.users).toEqualTypeOf<User[]>();
      expectTypeOf(page.result).toEqualTypeOf<Group[]>();
    }
  });

  it('accepts only the page sizes Testmo supports', () => {
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups', { params: { query: { per_page: 100 } } });
    // @ts-expect-error per_page is one of 15, 25, 50, 100
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups', { params: { query: { per_page: 10 } } });
    // @ts-expect-error page is a number
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups', { params: { query: { page: '2' } } });
  });

  it('requires the group_id path parameter, as a number', () => {
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups/{group_id}', { params: { path: { group_id: 5 } } });
    // @ts-expect-error group_id is required
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups/{group_id}', { params: { path: {} } });
    // @ts-expect-error group_id is a number
    expectTypeOf(client.GET).toBeCallableWith('/api/v1/groups/{group_id}', { params: { path: { group_id: 'five' } } });
  });

  it('takes the runtime options of @group-apis/core', () => {
    expectTypeOf(createTestmoClient).toBeCallableWith({
      baseUrl: 'https://acme.testmo.net',
      token: 'token',
      timeoutMs: 5_000,
      retry: { maxRetries: 1, defaultRetryAfterMs: 30_000 },
      rateLimit: { maxRequests: 100, intervalMs: 60_000 },
      logger: () => undefined,
      fetch: (url, init) => fetch(url, init),
    });
    expectTypeOf(createTestmoClient).toBeCallableWith({ baseUrl: 'https://acme.testmo.net', token: 'token', retry: false, rateLimit: false });
    // @ts-expect-error retry takes options or false
    expectTypeOf(createTestmoClient).toBeCallableWith({ baseUrl: 'https://acme.testmo.net', token: 'token', retry: true });
  });

  it('paginates /api/v1/groups into typed groups, with typed pages', () => {
    const groups = client.paginate('/api/v1/groups', { params: { query: { per_page: 50, expands: 'users' } } });
    expectTypeOf(groups).toEqualTypeOf<Paginated<Group, PaginatedGroups>>();
    void (async () => {
      for await (const group of groups) expectTypeOf(group).toEqualTypeOf<Group>();
      for await (const page of groups.pages()) expectTypeOf(page).toEqualTypeOf<PaginatedGroups>();
    });
    // @ts-expect-error only list operations that page can be paginated
    void (() => client.paginate('/api/v1/groups/{group_id}'));
    // @ts-expect-error per_page is one of 15, 25, 50, 100
    void (() => client.paginate('/api/v1/groups', { params: { query: { per_page: 10 } } }));
  });

  it('types the error body of a failed call', () => {
    const failed = async () => resultError(await getGroup());
    expectTypeOf<Awaited<ReturnType<typeof failed>>['body']>().branded.toEqualTypeOf<TestmoErrorBody>();
    expectTypeOf<Awaited<ReturnType<typeof failed>>>().toMatchTypeOf<GroupApiError>();
  });
});
