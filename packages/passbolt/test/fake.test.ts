import { afterEach, describe, expect, it } from 'vitest';
import { checkFakeTraffic } from '@group-apis/conformance';
import { AuthenticationError, BadRequestError, createPassboltClient, unwrap, type PassboltTokens } from '../src/index.js';
import { startPassboltFake, type PassboltFake } from '../src/fake/index.js';

const fakes: PassboltFake[] = [];
async function fake(options: Parameters<typeof startPassboltFake>[0] = {}): Promise<PassboltFake> {
  const started = await startPassboltFake(options);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((started) => started.close()));
});

const settle = (promise: Promise<unknown>) => promise.then(() => undefined, () => undefined);
const lines = (passbolt: PassboltFake) => passbolt.exchanges.map((exchange) => `${exchange.method} ${exchange.url.replace(/\?.*/, '')} ${exchange.status}`);

describe('startPassboltFake', () => {
  it('lists every group sorted by name, ascending or descending', async () => {
    const passbolt = await fake({ groups: 30, seed: 3 });
    const client = createPassboltClient({ baseUrl: passbolt.url, accessToken: passbolt.login().accessToken });
    const names = passbolt.state.groups.map((group) => group.name).sort((a, b) => a.localeCompare(b));
    const ascending = await unwrap(client.GET('/groups.json'));
    expect(ascending.body.map((group) => group.name)).toEqual(names);
    expect(ascending.header).toMatchObject({ status: 'success', code: 200, message: 'The operation was successful.' });
    const descending = await unwrap(client.GET('/groups.json', { params: { query: { order: 'Group.name DESC' } } }));
    expect(descending.body.map((group) => group.name)).toEqual([...names].reverse());
  });

  it('filters by members and by managers: groups holding all of the given users', async () => {
    const passbolt = await fake({ groups: 40, users: 10, seed: 6 });
    const client = createPassboltClient({ baseUrl: passbolt.url, accessToken: passbolt.login().accessToken });
    const [first, second] = passbolt.state.users;
    const expected = (ids: string[], managers: boolean) =>
      passbolt.state.groups
        .filter((group) => ids.every((id) => passbolt.state.memberships.some((row) => row.group_id === group.id && row.user_id === id && (!managers || row.is_admin))))
        .map((group) => group.id)
        .sort();
    const ids = (body: { id: string }[]) => body.map((group) => group.id).sort();
    const both = await unwrap(client.GET('/groups.json', { params: { query: { filter: { 'has-users': [first!.id, second!.id] } } } }));
    expect(ids(both.body)).toEqual(expected([first!.id, second!.id], false));
    const managed = await unwrap(client.GET('/groups.json', { params: { query: { filter: { 'has-managers': [first!.id] } } } }));
    expect(ids(managed.body)).toEqual(expected([first!.id], true));
    expect(managed.body.length).toBeGreaterThan(0);
  });

  it('contains users with their membership, memberships and the modifier when asked', async () => {
    const passbolt = await fake({ groups: 5 });
    const client = createPassboltClient({ baseUrl: passbolt.url, accessToken: passbolt.login().accessToken });
    const bare = await unwrap(client.GET('/groups.json'));
    expect(Object.keys(bare.body[0]!).sort()).toEqual(['created', 'created_by', 'deleted', 'id', 'modified', 'modified_by', 'name']);
    const full = await unwrap(client.GET('/groups.json', { params: { query: { contain: { user: 1, group_user: 1, modifier: 1 } } } }));
    const group = full.body[0]!;
    const rows = passbolt.state.memberships.filter((row) => row.group_id === group.id);
    expect(group.users?.map((user) => [user.id, user._joinData.is_admin])).toEqual(rows.map((row) => [row.user_id, row.is_admin]));
    expect(group.groups_users?.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(group.modifier?.id).toBe(passbolt.state.groups.find((candidate) => candidate.id === group.id)?.modified_by);
  });

  it("contains today's keys: memberships with their user, profile and key, the modifier's profile, my own membership", async () => {
    const passbolt = await fake({ groups: 8, users: 6, seed: 5 });
    const me = passbolt.state.users[3]!;
    const client = createPassboltClient({ baseUrl: passbolt.url, accessToken: passbolt.login(me.id).accessToken });
    const contain = { 'groups_users.user.profile': 1, 'groups_users.user.gpgkey': 1, 'modifier.profile': 1, my_group_user: 1 } as const;
    const { body } = await unwrap(client.GET('/groups.json', { params: { query: { contain } } }));
    for (const group of body) {
      const mine = passbolt.state.memberships.find((row) => row.group_id === group.id && row.user_id === me.id);
      expect(group.my_group_user ?? null).toEqual(mine ? expect.objectContaining({ id: mine.id, is_admin: mine.is_admin }) : null);
      expect(group.modifier?.profile?.user_id).toBe(group.modified_by);
      for (const row of group.groups_users ?? []) {
        expect(row.user).toMatchObject({ id: row.user_id, profile: { user_id: row.user_id }, gpgkey: { user_id: row.user_id, fingerprint: expect.stringMatching(/^[0-9A-F]{40}$/) } });
      }
    }
    expect(body.some((group) => group.my_group_user === null)).toBe(true);
  });

  it('answers 400 in its error envelope for a filter that is not a UUID', async () => {
    const passbolt = await fake();
    const client = createPassboltClient({ baseUrl: passbolt.url, accessToken: passbolt.login().accessToken, retry: false });
    const refused = client.GET('/groups.json', { params: { query: { filter: { 'has-users': ['not-a-uuid'] } } } });
    await expect(unwrap(refused)).rejects.toMatchObject({ constructor: BadRequestError, body: { header: { status: 'error', code: 400 }, body: '' } });
  });

  it('answers 401 without credentials, with an expired access token, or one it did not sign', async () => {
    const passbolt = await fake({ clock: 'virtual' });
    const { accessToken } = passbolt.login();
    const forged = `${accessToken.split('.').slice(0, 2).join('.')}.${Buffer.from('forged').toString('base64url')}`;
    await expect(unwrap(createPassboltClient({ baseUrl: passbolt.url, accessToken: forged, retry: false }).GET('/groups.json'))).rejects.toBeInstanceOf(AuthenticationError);
    passbolt.clock.advance(5 * 60_000);
    await expect(unwrap(createPassboltClient({ baseUrl: passbolt.url, accessToken, retry: false }).GET('/groups.json'))).rejects.toMatchObject({ status: 401 });
    const session = createPassboltClient({ baseUrl: passbolt.url, sessionId: passbolt.loginSession(), retry: false });
    await expect(unwrap(session.GET('/groups.json'))).resolves.toHaveProperty('body');
  });

  it('rotates the refresh token on every renewal: the client keeps working as access tokens expire', async () => {
    const passbolt = await fake({ clock: 'virtual' });
    const login = passbolt.login();
    const rotated: PassboltTokens[] = [];
    const client = createPassboltClient({ baseUrl: passbolt.url, ...login, onTokenRefresh: (tokens: PassboltTokens) => void rotated.push(tokens) });
    await unwrap(client.GET('/groups.json'));
    for (let round = 0; round < 2; round += 1) {
      passbolt.clock.advance(5 * 60_000);
      await unwrap(client.GET('/groups.json'));
    }
    expect(lines(passbolt)).toEqual([
      'GET /groups.json 200',
      ...Array.from({ length: 2 }, () => ['GET /groups.json 401', 'POST /auth/jwt/refresh.json 200', 'GET /groups.json 200']).flat(),
    ]);
    expect(new Set([login.refreshToken, ...rotated.map((tokens) => tokens.refreshToken)]).size).toBe(3);
    expect([...passbolt.state.refreshTokens.values()].filter((token) => token.active)).toHaveLength(1);
    expect(passbolt.state.securityAlerts).toEqual([]);
  });

  it('refuses a refresh token used twice with 400 and raises a security alert, as passbolt does', async () => {
    const passbolt = await fake();
    const { userId, refreshToken } = passbolt.login();
    const post = () =>
      fetch(`${passbolt.url}/auth/jwt/refresh.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user_id: userId, refresh_token: refreshToken }) });
    const first = await post();
    expect(first.status).toBe(200);
    expect(first.headers.getSetCookie()[0]).toMatch(/^refresh_token=[0-9a-f-]{36}; expires=.*; path=\/; secure; httponly$/);
    const again = await post();
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ header: { status: 'error', code: 400, message: 'The refresh token provided was already used.' }, body: '' });
    expect(passbolt.state.securityAlerts).toEqual([{ userId, reason: 'consumed', message: 'The refresh token provided was already used.', at: expect.any(Number) }]);
  });

  it('gives the same data for the same seed', async () => {
    const [a, b] = await Promise.all([fake({ seed: 12 }), fake({ seed: 12 })]);
    expect(a.state.groups).toEqual(b.state.groups);
    expect(a.state.memberships).toEqual(b.state.memberships);
  });

  it("answers the client's whole surface within the spec: every exchange passes the contract checker", async () => {
    const passbolt = await fake({ groups: 20, seed: 14, clock: 'virtual' });
    const login = passbolt.login();
    const client = createPassboltClient({ baseUrl: passbolt.url, ...login, retry: false });
    const [first] = passbolt.state.users;
    const queries = [
      {},
      { contain: { user: 1 as const } },
      { contain: { group_user: 1 as const, modifier: 1 as const } },
      { filter: { 'has-users': [first!.id] }, order: 'Group.name ASC' as const },
      { filter: { 'has-managers': [first!.id] }, order: 'Group.name DESC' as const, 'api-version': 'v2' },
      { contain: { user: true, modifier: false } },
      { contain: { users: 1 as const, groups_users: 1 as const, my_group_user: 1 as const } },
      { contain: { 'groups_users.user.profile': 1 as const, 'groups_users.user.gpgkey': 1 as const, 'modifier.profile': 1 as const } },
      { contain: { 'groups_users.user': 1 as const } },
      { order: 'Group.name' as const },
    ];
    for (const query of queries) await unwrap(client.GET('/groups.json', { params: { query } }));
    await settle(unwrap(client.GET('/groups.json', { params: { query: { filter: { 'has-users': ['00000000-0000-0000-0000-000000000000'] } } } })));
    passbolt.clock.advance(5 * 60_000);
    await unwrap(client.GET('/groups.json'));
    await settle(unwrap(createPassboltClient({ baseUrl: passbolt.url, accessToken: 'not.a.jwt', retry: false }).GET('/groups.json')));
    await unwrap(createPassboltClient({ baseUrl: passbolt.url, sessionId: passbolt.loginSession(), retry: false }).GET('/groups.json'));

    const report = await checkFakeTraffic('passbolt', passbolt.exchanges, { outsideSpec: (exchange) => exchange.url.startsWith('/auth/') });

    expect(lines(passbolt)).toContain('POST /auth/jwt/refresh.json 200');
    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ listGroups: [200, 401] });
  });
});
