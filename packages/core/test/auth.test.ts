import { describe, expect, it } from 'vitest';
import { AuthenticationError, cachedToken, staticAuth, tokenAuth, unwrap, type AuthProvider } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { deferred, rejectionOf, testClient } from './support/client.js';

const page = { groups: [], next_page: null };

/** A token service whose n-th token is `token-n`, valid for `lifetimeMs` on the given clock. */
function tokenService(clock: { now: number }, lifetimeMs = 60 * 60_000) {
  const issued: string[] = [];
  const token = cachedToken<string>({
    now: () => clock.now,
    refreshSkewMs: 60_000,
    async fetch() {
      // A real exchange takes a round trip: let concurrent callers pile up behind it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      issued.push(`token-${issued.length + 1}`);
      return { token: issued.at(-1) as string, expiresAt: clock.now + lifetimeMs };
    },
  });
  return { token, issued };
}

describe('auth', () => {
  it('sends the provider headers on every request', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, page));
    const { client } = testClient(server.origin, { auth: staticAuth({ authorization: 'Bearer testmo-key' }) });

    await client.GET('/groups');
    await client.GET('/groups');

    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer testmo-key', 'Bearer testmo-key']);
  });

  it('refreshes the token once after a 401 and re-sends the request (even a POST) with the new token', async () => {
    const clock = { now: 0 };
    const { token, issued } = tokenService(clock);
    const server = await fakeServer((request, response) =>
      request.headers.accesstoken === 'token-2' ? json(response, 201, { id: 'g1', name: 'Ops' }) : json(response, 401, { message: 'expired' }),
    );
    const { client } = testClient(server.origin, { auth: tokenAuth(token, (value) => ({ accessToken: value })) });

    const created = await unwrap(client.POST('/groups', { body: { name: 'Ops' } }));

    expect(created).toEqual({ id: 'g1', name: 'Ops' });
    expect(issued).toEqual(['token-1', 'token-2']);
    expect(server.requests.map((request) => [request.headers.accesstoken, request.body])).toEqual([
      ['token-1', '{"name":"Ops"}'],
      ['token-2', '{"name":"Ops"}'],
    ]);
  });

  it('refreshes only once: a second 401 is an AuthenticationError after exactly two attempts', async () => {
    const clock = { now: 0 };
    const { token, issued } = tokenService(clock);
    const server = await fakeServer((_request, response) => json(response, 401, { message: 'revoked' }));
    const { client } = testClient(server.origin, { auth: tokenAuth(token, (value) => ({ auth: value })) });

    const error = await rejectionOf(unwrap(client.GET('/groups')));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, attempts: 2, body: { message: 'revoked' } });
    expect(issued).toEqual(['token-1', 'token-2']);
    expect(server.requests).toHaveLength(2);
  });

  it('refreshes on the statuses the provider names (a vendor answering 403 to an expired token)', async () => {
    const refreshed = deferred<void>();
    let current = 'old';
    const auth: AuthProvider = {
      headers: () => ({ authorization: `Bearer ${current}` }),
      refresh: () => {
        current = 'new';
        refreshed.resolve();
      },
      refreshOn: [403],
    };
    const server = await fakeServer((request, response) =>
      request.headers.authorization === 'Bearer new' ? json(response, 200, page) : json(response, 403, {}),
    );
    const { client } = testClient(server.origin, { auth });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    await refreshed.promise;
    expect(server.requests).toHaveLength(2);
  });

  it('ten concurrent calls racing one expired token cause exactly one refresh', async () => {
    const clock = { now: 0 };
    const { token, issued } = tokenService(clock, 10 * 60_000);
    const server = await fakeServer((request, response) => json(response, 200, { ...page, token: request.headers.accesstoken }));
    const { client } = testClient(server.origin, { auth: tokenAuth(token, (value) => ({ accessToken: value })) });
    await client.GET('/groups');

    clock.now += 10 * 60_000;
    const results = await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/groups'))));

    expect(issued).toEqual(['token-1', 'token-2']);
    expect(results.map((result) => (result as { token?: string }).token)).toEqual(Array(10).fill('token-2'));
    expect(server.requests).toHaveLength(11);
  });

  it('ten concurrent calls rejected with the same token cause exactly one refresh', async () => {
    const clock = { now: 0 };
    const { token, issued } = tokenService(clock);
    await token.get();
    const allArrived = deferred<void>();
    const pending: (() => void)[] = [];
    const server = await fakeServer((request, response) => {
      if (request.headers.accesstoken !== 'token-1') return json(response, 200, page);
      pending.push(() => json(response, 401, {}));
      if (pending.length === 10) allArrived.resolve();
    });
    const { client } = testClient(server.origin, { auth: tokenAuth(token, (value) => ({ accessToken: value })) });

    const calls = Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/groups'))));
    await allArrived.promise;
    for (const reject of pending) reject();

    expect(await calls).toEqual(Array(10).fill(page));
    expect(issued).toEqual(['token-1', 'token-2']);
    expect(server.requests).toHaveLength(20);
  });
});

describe('cachedToken', () => {
  it('refreshes before expiry by the skew, passing the previous token (refresh-token flows)', async () => {
    const clock = { now: 0 };
    const previous: (string | undefined)[] = [];
    const token = cachedToken<string>({
      now: () => clock.now,
      refreshSkewMs: 30_000,
      async fetch(request) {
        previous.push(request.previous);
        return { token: `t${previous.length}`, expiresAt: new Date(clock.now + 300_000) };
      },
    });

    expect(await token.get()).toBe('t1');
    clock.now = 269_999;
    expect(await token.get()).toBe('t1');
    clock.now = 270_000;
    expect(await token.get()).toBe('t2');
    expect(previous).toEqual([undefined, 't1']);
  });

  it('never refreshes too early for a token shorter-lived than the skew', async () => {
    const clock = { now: 0 };
    let fetches = 0;
    const token = cachedToken<string>({
      now: () => clock.now,
      refreshSkewMs: 60_000,
      fetch: async () => ({ token: `t${++fetches}`, expiresAt: clock.now + 10_000 }),
    });

    await token.get();
    clock.now = 4_999;
    await token.get();
    expect(fetches).toBe(1);
  });

  it('invalidate(stale) is a no-op once the token has been replaced', async () => {
    let fetches = 0;
    const token = cachedToken<string>({ fetch: async () => ({ token: `t${++fetches}` }) });

    await token.get();
    token.invalidate('t1');
    expect(await token.get()).toBe('t2');
    token.invalidate('t1');
    expect(await token.get()).toBe('t2');
    token.invalidate();
    expect(await token.get()).toBe('t3');
  });

  it('shares a failed fetch among its waiters and tries again on the next call', async () => {
    let fetches = 0;
    const token = cachedToken<string>({
      async fetch() {
        fetches += 1;
        if (fetches === 1) throw new Error('token service down');
        return { token: 'ok' };
      },
    });

    const failures = await Promise.allSettled([token.get(), token.get()]);
    expect(failures.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await token.get()).toBe('ok');
    expect(fetches).toBe(2);
  });

  it("lets a waiter stop on its own signal without cancelling the others' fetch", async () => {
    const release = deferred<void>();
    const token = cachedToken<string>({
      async fetch() {
        await release.promise;
        return { token: 'shared' };
      },
    });
    const controller = new AbortController();

    const impatient = token.get(controller.signal);
    const patient = token.get();
    controller.abort(new Error('gave up'));
    release.resolve();

    await expect(impatient).rejects.toThrow('gave up');
    expect(await patient).toBe('shared');
  });
});
