import { afterEach, describe, expect, it } from 'vitest';
import { checkFakeTraffic } from '@group-apis/conformance';
import { AuthenticationError, BadRequestError, createKaizalaClient, NotFoundError, PermissionDeniedError, RateLimitedError, unwrap } from '../src/index.js';
import { startKaizalaFake, type KaizalaFake } from '../src/fake/index.js';

const fakes: KaizalaFake[] = [];
async function fake(options: Parameters<typeof startKaizalaFake>[0] = {}): Promise<KaizalaFake> {
  const started = await startKaizalaFake(options);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((started) => started.close()));
});

const quiet = { retry: false, rateLimit: false } as const;
const settle = (promise: Promise<unknown>) => promise.then(() => undefined, () => undefined);
const paths = (kaizala: KaizalaFake) => kaizala.exchanges.map((exchange) => `${exchange.method} ${exchange.url.replace(/\?.*/, '')} ${exchange.status}`);

describe('startKaizalaFake', () => {
  it('runs the token exchange and answers on the endpoint it returns', async () => {
    const kaizala = await fake({ groups: 10, seed: 4 });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    const { groups } = await unwrap(client.GET('/v1/groups'));
    expect(groups.map((group) => group.groupId)).toEqual(kaizala.state.groups.filter((group) => group.parentIds.length === 0).map((group) => group.groupId));
    expect(paths(kaizala)).toEqual(['GET /v1/accessToken 200', 'GET /inc-001/v1/groups 200']);
    const grant = JSON.parse(kaizala.exchanges[0]!.responseBody.toString()) as Record<string, unknown>;
    expect(grant).toEqual({ accessToken: expect.any(String), endpointUrl: kaizala.endpointUrl, accessTokenExpiry: expect.any(Number) });
  });

  it('refuses wrong connector credentials with 401', async () => {
    const kaizala = await fake();
    const client = createKaizalaClient({ ...kaizala.credentials, applicationSecret: 'wrong', ...quiet });
    await expect(unwrap(client.GET('/v1/groups'))).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('creates a group that the list and get then show', async () => {
    const kaizala = await fake({ groups: 3 });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    const created = await unwrap(client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Hi', members: ['+911099999999'], groupType: 'Group' } }));
    expect(created).toEqual({ groupName: 'Ops', groupId: expect.any(String), membersAdded: true });
    const listed = await unwrap(client.GET('/v1/groups', { params: { query: { showDetail: true } } }));
    expect(listed.groups.at(-1)).toMatchObject({ groupId: created.groupId, groupName: 'Ops', callerRole: 'Admin', currentLevelUserCount: 1, groupType: 'Group' });
    const got = await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: created.groupId } } }));
    expect(got.groups).toEqual([expect.objectContaining({ groupId: created.groupId, groupName: 'Ops', userCount: 1 })]);
  });

  it('lists sub groups only with fetchAllGroups, and every detail only with showDetail', async () => {
    const kaizala = await fake({ groups: 40, seed: 2 });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    const top = await unwrap(client.GET('/v1/groups'));
    const all = await unwrap(client.GET('/v1/groups', { params: { query: { fetchAllGroups: true } } }));
    expect(all.groups.length).toBe(40);
    expect(top.groups.length).toBeLessThan(40);
    expect(top.groups.every((group) => group.hasParentGroups === false && group.userCount === undefined)).toBe(true);
    const detailed = await unwrap(client.GET('/v1/groups', { params: { query: { showDetail: true, fetchAllGroups: true } } }));
    expect(detailed.groups.every((group) => typeof group.userCount === 'number' && typeof group.isEditable === 'boolean')).toBe(true);
  });

  it('answers 400 for more than 100 members, 404 for an unknown group, 403 for a connector that may not create', async () => {
    const kaizala = await fake();
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    const members = Array.from({ length: 101 }, (_, index) => `+9110${String(index).padStart(8, '0')}`);
    await expect(unwrap(client.POST('/v1/groups', { body: { name: 'Big', welcomeMessage: 'Hi', members } }))).rejects.toBeInstanceOf(BadRequestError);
    await expect(unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: 'no-such-group' } } }))).rejects.toBeInstanceOf(NotFoundError);
    kaizala.state.connectors[0]!.canCreateGroups = false;
    await expect(unwrap(client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Hi' } }))).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('answers 401 once the access token expires, and the client exchanges again', async () => {
    const kaizala = await fake({ clock: 'virtual' });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    await unwrap(client.GET('/v1/groups'));
    kaizala.clock.advance(24 * 60 * 60 * 1000);
    await unwrap(client.GET('/v1/groups'));
    expect(paths(kaizala)).toEqual(['GET /v1/accessToken 200', 'GET /inc-001/v1/groups 200', 'GET /inc-001/v1/groups 401', 'GET /v1/accessToken 200', 'GET /inc-001/v1/groups 200']);
  });

  it('moves the endpoint: the old one answers 308 and the client follows it', async () => {
    const kaizala = await fake();
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    await unwrap(client.GET('/v1/groups'));
    const moved = kaizala.moveEndpoint();
    expect(moved).toBe(`${kaizala.url}/inc-002`);
    await unwrap(client.GET('/v1/groups'));
    await unwrap(client.GET('/v1/groups'));
    expect(paths(kaizala)).toEqual(['GET /v1/accessToken 200', 'GET /inc-001/v1/groups 200', 'GET /inc-001/v1/groups 308', 'GET /inc-002/v1/groups 200', 'GET /inc-002/v1/groups 200']);
  });

  it('serves a ready access token to a client that has one', async () => {
    const kaizala = await fake();
    const client = createKaizalaClient({ ...kaizala.issueAccessToken(), ...quiet });
    await expect(unwrap(client.GET('/v1/groups'))).resolves.toHaveProperty('groups');
  });

  it('allows 100 calls a minute per connector, then 429 with Retry-After', async () => {
    const kaizala = await fake({ clock: 'virtual' });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    for (let call = 0; call < 100; call += 1) await unwrap(client.GET('/v1/groups'));
    const limited = await unwrap(client.GET('/v1/groups')).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(60_000);
    kaizala.clock.advance(60_000);
    await expect(unwrap(client.GET('/v1/groups'))).resolves.toHaveProperty('groups');
  });

  it("answers the client's whole surface within the spec: every exchange passes the contract checker", async () => {
    const kaizala = await fake({ groups: 30, seed: 8, clock: 'virtual' });
    const client = createKaizalaClient({ ...kaizala.credentials, ...quiet });
    const created = await unwrap(client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Welcome', members: ['+911099999999'], groupType: 'ConnectGroup' } }));
    for (const query of [{}, { showDetail: true }, { fetchAllGroups: true }, { showDetail: true, fetchAllGroups: true }]) await unwrap(client.GET('/v1/groups', { params: { query } }));
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: created.groupId } } }));
    await settle(unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: 'missing' } } })));
    // A blank name is within the spec (a string) but Kaizala refuses it: a 400 the spec documents.
    await settle(unwrap(client.POST('/v1/groups', { body: { name: ' ', welcomeMessage: 'Hi' } })));
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: created.groupId }, header: { applicationId: kaizala.credentials.applicationId } } }));
    kaizala.moveEndpoint();
    await unwrap(client.GET('/v1/groups'));
    kaizala.clock.advance(24 * 60 * 60 * 1000);
    await unwrap(client.GET('/v1/groups'));
    kaizala.state.connectors[0]!.canCreateGroups = false;
    await settle(unwrap(client.POST('/v1/groups', { body: { name: 'Denied', welcomeMessage: 'Hi' } })));
    await settle(unwrap(createKaizalaClient({ endpointUrl: kaizala.endpointUrl, accessToken: 'stale', ...quiet }).GET('/v1/groups')));
    while (kaizala.exchanges.at(-1)?.status !== 429) await settle(unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: created.groupId } } })));

    const report = await checkFakeTraffic('kaizala', kaizala.exchanges, {
      basePaths: ['/inc-001', '/inc-002'],
      outsideSpec: (exchange) => exchange.url.startsWith('/v1/accessToken'),
    });

    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ createGroup: [200, 400, 403], listGroups: [200, 308, 401], getGroup: [200, 404, 429] });
  });
});
