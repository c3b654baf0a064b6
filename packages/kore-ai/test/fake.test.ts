import { afterEach, describe, expect, it } from 'vitest';
import { checkFakeTraffic } from '@group-apis/conformance';
import { AuthenticationError, BadRequestError, createKoreAiClient, PermissionDeniedError, RateLimitedError, ServerError, signKoreAiJwt, unwrap } from '../src/index.js';
import { startKoreAiFake, type KoreAiFake } from '../src/fake/index.js';

const fakes: KoreAiFake[] = [];
async function fake(options: Parameters<typeof startKoreAiFake>[0] = {}): Promise<KoreAiFake> {
  const started = await startKoreAiFake(options);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((started) => started.close()));
});

const quiet = { retry: false, rateLimit: false } as const;
const settle = (promise: Promise<unknown>) => promise.then(() => undefined, () => undefined);

describe('startKoreAiFake', () => {
  it('pages 250 groups by page number until availableMore is false', async () => {
    const kore = await fake({ groups: 250, seed: 5 });
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials });
    const pages = [];
    for await (const page of client.paginate('/groups', { params: { query: { limit: 50 } } }).pages()) pages.push(page);
    expect(pages.map((page) => [page.total, page.availableMore])).toEqual([[50, true], [50, true], [50, true], [50, true], [50, false]]);
    expect(pages.flatMap((page) => page.groups)).toEqual(kore.state.groups);
    expect(kore.exchanges.map((exchange) => exchange.url)).toEqual([0, 1, 2, 3, 4].map((offset) => `/api/public/groups?limit=50&offset=${offset}`));
  });

  it('gives the same groups for the same seed', async () => {
    const [a, b] = await Promise.all([fake({ seed: 9 }), fake({ seed: 9 })]);
    expect(a.state.groups).toEqual(b.state.groups);
    expect(a.credentials).toEqual(b.credentials);
  });

  it('verifies the HS256 JWT against the app secret and its expiry', async () => {
    const kore = await fake();
    const wrongSecret = createKoreAiClient({ baseUrl: kore.url, clientId: kore.credentials.clientId, clientSecret: 'not-the-secret', ...quiet });
    await expect(unwrap(wrongSecret.GET('/groups'))).rejects.toMatchObject({ constructor: AuthenticationError, body: { errors: [{ msg: 'Invalid JWT', code: 401 }] } });
    const expired = await signKoreAiJwt({ ...kore.credentials, jwtLifetimeMs: 60_000 }, Date.now() - 120_000);
    const stale = createKoreAiClient({ baseUrl: kore.url, jwt: expired.token, ...quiet });
    await expect(unwrap(stale.GET('/groups'))).rejects.toMatchObject({ status: 401, body: { errors: [{ msg: 'JWT expired' }] } });
    // The client refuses an empty JWT before sending, so the fake's answer to no JWT is asked for directly.
    const none = await fetch(`${kore.url}/groups`);
    expect(none.status).toBe(401);
    const fresh = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, ...quiet });
    await expect(unwrap(fresh.GET('/groups'))).resolves.toMatchObject({ availableMore: false });
  });

  it('rejects a JWT once the virtual clock passes its expiry', async () => {
    const kore = await fake({ clock: 'virtual' });
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, jwtLifetimeMs: 60_000, ...quiet });
    await unwrap(client.GET('/groups'));
    kore.clock.advance(61_000);
    await expect(unwrap(client.GET('/groups'))).rejects.toMatchObject({ status: 401, body: { errors: [{ msg: 'JWT expired' }] } });
  });

  it('answers 403 to an app without the admin scope and 400 to a limit above 50', async () => {
    const kore = await fake();
    kore.state.apps.push({ clientId: 'cs-no-scope', clientSecret: 'other', hasGroupsScope: false });
    const unscoped = createKoreAiClient({ baseUrl: kore.url, clientId: 'cs-no-scope', clientSecret: 'other', ...quiet });
    await expect(unwrap(unscoped.GET('/groups'))).rejects.toBeInstanceOf(PermissionDeniedError);
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, ...quiet });
    await expect(unwrap(client.GET('/groups', { params: { query: { limit: 51 } } }))).rejects.toMatchObject({ constructor: BadRequestError, body: { errors: [{ msg: 'limit must be between 1 and 50' }] } });
  });

  it('enforces 60 calls a minute with 429 and Retry-After, on the virtual clock', async () => {
    const kore = await fake({ clock: 'virtual' });
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, ...quiet });
    for (let call = 0; call < 60; call += 1) {
      await unwrap(client.GET('/groups', { params: { query: { limit: 1 } } }));
      kore.clock.advance(500);
    }
    const limited = await unwrap(client.GET('/groups')).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(30_000);
    kore.clock.advance(30_000);
    await expect(unwrap(client.GET('/groups'))).resolves.toMatchObject({ availableMore: false });
  });

  it('serves injected faults in its error envelope', async () => {
    const kore = await fake();
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, ...quiet });
    kore.fail.next(1, { status: 503 });
    await expect(unwrap(client.GET('/groups'))).rejects.toMatchObject({ constructor: ServerError, status: 503, body: { errors: [{ code: 503 }] } });
    await expect(unwrap(client.GET('/groups'))).resolves.toBeTruthy();
  });

  it("answers the client's whole surface within the spec: every exchange passes the contract checker", async () => {
    const kore = await fake({ groups: 120, seed: 21, clock: 'virtual' });
    const client = createKoreAiClient({ baseUrl: kore.url, ...kore.credentials, ...quiet });
    for await (const page of client.paginate('/groups', { params: { query: { limit: 25 } } }).pages()) void page;
    await settle(unwrap(client.GET('/groups', { params: { query: { offset: 99 } } })));
    await settle(unwrap(createKoreAiClient({ baseUrl: kore.url, clientId: 'cs-fake-app', clientSecret: 'wrong', ...quiet }).GET('/groups')));
    kore.state.apps.push({ clientId: 'cs-no-scope', clientSecret: 'other', hasGroupsScope: false });
    await settle(unwrap(createKoreAiClient({ baseUrl: kore.url, clientId: 'cs-no-scope', clientSecret: 'other', ...quiet }).GET('/groups')));
    while (kore.exchanges.at(-1)?.status !== 429) await settle(unwrap(client.GET('/groups', { params: { query: { limit: 1 } } })));

    const report = await checkFakeTraffic('kore-ai', kore.exchanges, { basePaths: ['/api/public'] });

    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ listGroups: [200, 401, 403, 429] });
  });
});
