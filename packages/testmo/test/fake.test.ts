import { afterEach, describe, expect, it } from 'vitest';
import { checkFakeTraffic } from '@group-apis/conformance';
import {
  AuthenticationError,
  ConnectionError,
  createTestmoClient,
  expandedUsers,
  hasExpandedUsers,
  NotFoundError,
  PermissionDeniedError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  unwrap,
  UnprocessableEntityError,
} from '../src/index.js';
import { startTestmoFake, type TestmoFake } from '../src/fake/index.js';

const fakes: TestmoFake[] = [];
async function fake(options: Parameters<typeof startTestmoFake>[0] = {}): Promise<TestmoFake> {
  const started = await startTestmoFake(options);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((started) => started.close()));
});

const noRetry = { retry: false } as const;

describe('startTestmoFake', () => {
  it('pages 250 groups to the end at every per_page Testmo supports', async () => {
    const testmo = await fake({ groups: 250, seed: 7 });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token });
    for (const perPage of [15, 25, 50, 100] as const) {
      const pages = [];
      for await (const page of client.paginate('/api/v1/groups', { params: { query: { per_page: perPage } } }).pages()) pages.push(page);
      expect(pages.length).toBe(Math.ceil(250 / perPage));
      expect(pages.flatMap((page) => page.result.map((group) => group.id))).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
      expect(pages.at(-1)).toMatchObject({ next_page: null, last_page: pages.length, page: pages.length, total: 250 });
      expect(pages[0]).toMatchObject({ prev_page: null, next_page: 2, per_page: perPage });
    }
  });

  it('gives the same data for the same seed, and other data for another', async () => {
    const [a, b, c] = await Promise.all([fake({ seed: 42 }), fake({ seed: 42 }), fake({ seed: 43 })]);
    expect(a.state.groups).toEqual(b.state.groups);
    expect(a.state.users).toEqual(b.state.users);
    expect(c.state.groups).not.toEqual(a.state.groups);
  });

  it('answers an empty instance with null page numbers', async () => {
    const testmo = await fake({ groups: 0 });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token });
    expect(await unwrap(client.GET('/api/v1/groups'))).toEqual({ page: null, prev_page: null, next_page: null, last_page: null, per_page: 100, total: 0, result: [], expands: {} });
  });

  it('expands users: exactly the members, creators and updaters of the returned groups', async () => {
    const testmo = await fake({ groups: 30, seed: 3 });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token });
    const page = await unwrap(client.GET('/api/v1/groups', { params: { query: { per_page: 15, page: 2, expands: 'users' } } }));
    expect(hasExpandedUsers(page)).toBe(true);
    const referenced = new Set(page.result.flatMap((group) => [...group.members, group.created_by, ...(group.updated_by === null ? [] : [group.updated_by])]));
    expect(new Set(expandedUsers(page).map((user) => user.id))).toEqual(referenced);
    const one = await unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 5 }, query: { expands: 'users' } } }));
    expect(one.result).toEqual(testmo.state.groups[4]);
    expect(expandedUsers(one).length).toBeGreaterThan(0);
    expect(expandedUsers(one).every((user) => typeof user.name === 'string' && typeof user.email === 'string')).toBe(true);
  });

  it('shows changes to its state in the next answer', async () => {
    const testmo = await fake({ groups: 2 });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token });
    testmo.state.groups.push({ id: 3, name: 'Added by the test', members: [1], created_at: '2024-01-01T00:00:00.000000Z', created_by: 1, updated_at: null, updated_by: null });
    const page = await unwrap(client.GET('/api/v1/groups'));
    expect(page.result.map((group) => group.name).at(-1)).toBe('Added by the test');
    expect(page.total).toBe(3);
  });

  it('checks the bearer token: 401 for an unknown one, 403 for a user who is not a site admin', async () => {
    const testmo = await fake();
    const stranger = createTestmoClient({ baseUrl: testmo.url, token: 'not-a-token', ...noRetry });
    await expect(unwrap(stranger.GET('/api/v1/groups'))).rejects.toMatchObject({ constructor: AuthenticationError, status: 401, body: { message: 'Unauthenticated.' } });
    const regular = createTestmoClient({ baseUrl: testmo.url, token: testmo.userToken, ...noRetry });
    await expect(unwrap(regular.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 1 } } }))).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('answers 404 for a group that does not exist and 422 for parameters Testmo refuses', async () => {
    const testmo = await fake({ groups: 3 });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token, ...noRetry });
    await expect(unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 4 } } }))).rejects.toMatchObject({ constructor: NotFoundError, status: 404 });
    // @ts-expect-error per_page is 15, 25, 50 or 100
    await expect(unwrap(client.GET('/api/v1/groups', { params: { query: { per_page: 10 } } }))).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(unwrap(client.GET('/api/v1/groups', { params: { query: { page: 0 } } }))).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(unwrap(client.GET('/api/v1/groups', { params: { query: { expands: 'projects' } } }))).rejects.toMatchObject({ status: 422 });
  });

  it('answers 429 with Retry-After once a limit of your own is full, until the virtual clock moves on', async () => {
    const testmo = await fake({ clock: 'virtual', rateLimit: [{ maxRequests: 2, intervalMs: 10_000 }] });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token, ...noRetry });
    await unwrap(client.GET('/api/v1/groups'));
    testmo.clock.advance(4_000);
    await unwrap(client.GET('/api/v1/groups'));
    const limited = await unwrap(client.GET('/api/v1/groups')).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(6_000);
    testmo.clock.advance(6_000);
    await expect(unwrap(client.GET('/api/v1/groups'))).resolves.toMatchObject({ total: 25 });
  });

  it('fails the next requests as told: a status (then the client retries), a reset, a stall', async () => {
    const testmo = await fake();
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token, retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    testmo.fail.next(2, { status: 503 });
    await expect(unwrap(client.GET('/api/v1/groups'))).resolves.toMatchObject({ total: 25 });
    expect(testmo.exchanges.map((exchange) => [exchange.status, exchange.injected])).toEqual([[503, true], [503, true], [200, false]]);

    const once = createTestmoClient({ baseUrl: testmo.url, token: testmo.token, ...noRetry, timeoutMs: 200 });
    testmo.fail.next(1, { status: 500, body: { message: 'boom' } });
    await expect(unwrap(once.GET('/api/v1/groups'))).rejects.toMatchObject({ constructor: ServerError, body: { message: 'boom' } });
    testmo.fail.next(1, 'reset');
    await expect(unwrap(once.GET('/api/v1/groups'))).rejects.toBeInstanceOf(ConnectionError);
    testmo.fail.next(1, 'stall');
    await expect(unwrap(once.GET('/api/v1/groups'))).rejects.toBeInstanceOf(TimeoutError);
    expect(testmo.fail.pending).toBe(0);
  });

  it('refuses a fault it cannot play', async () => {
    const testmo = await fake();
    expect(() => testmo.fail.next(0, 'reset')).toThrow(RangeError);
    // @ts-expect-error not a fault
    expect(() => testmo.fail.next(1, 'explode')).toThrow(/status: 100\.\.599/);
  });

  it('listens on 127.0.0.1 only', async () => {
    const testmo = await fake();
    expect(new URL(testmo.url).hostname).toBe('127.0.0.1');
  });

  it("answers the client's whole surface within the spec: every exchange passes the contract checker", async () => {
    const testmo = await fake({ groups: 60, seed: 11, rateLimit: [{ maxRequests: 100, intervalMs: 60_000 }] });
    const client = createTestmoClient({ baseUrl: testmo.url, token: testmo.token, ...noRetry });
    const settle = (promise: Promise<unknown>) => promise.then(() => undefined, () => undefined);
    for await (const page of client.paginate('/api/v1/groups', { params: { query: { per_page: 25, expands: 'users' } } }).pages()) void page;
    await settle(unwrap(client.GET('/api/v1/groups', { params: { query: { page: 9 } } })));
    for (const id of [1, 60, 61]) await settle(unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: id }, query: { expands: 'users' } } })));
    // Only requests the spec allows: the checker also checks requests, and the client refuses the rest.
    await settle(unwrap(client.GET('/api/v1/groups', { params: { query: { expands: 'projects' } } })));
    await settle(unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 2 }, query: { expands: 'nothing' } } })));
    await settle(unwrap(createTestmoClient({ baseUrl: testmo.url, token: 'wrong', ...noRetry }).GET('/api/v1/groups')));
    await settle(unwrap(createTestmoClient({ baseUrl: testmo.url, token: testmo.userToken, ...noRetry }).GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 1 } } })));
    while (testmo.exchanges.at(-1)?.status !== 429) await settle(unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 1 } } })));

    const report = await checkFakeTraffic('testmo', testmo.exchanges);

    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ listGroups: [200, 401, 422], getGroup: [200, 403, 404, 422, 429] });
  });
});
