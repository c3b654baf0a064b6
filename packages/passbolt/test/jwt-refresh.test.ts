import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadRequestError, RefreshTokenSpentError, ServerError, createPassboltClient, unwrap, type PassboltTokens, type RequestLog } from '../src/index.js';
import { FIRST_REFRESH_TOKEN, FIVE_MINUTES_MS, USER_ID, envelope, fakePassbolt, refreshTokenNumber, serve } from './support/fake-passbolt.js';

const START = new Date('2025-01-01T00:00:00Z').getTime();

describe('passbolt JWT refresh', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renews the access token shortly before it expires, with user_id and the refresh token, and rotates the refresh token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const passbolt = await fakePassbolt();
    const accessToken = passbolt.login();
    const renewed: PassboltTokens[] = [];
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken, refreshToken: FIRST_REFRESH_TOKEN, onTokenRefresh: (tokens) => void renewed.push(tokens) });

    await unwrap(client.GET('/groups.json'));
    vi.setSystemTime(START + FIVE_MINUTES_MS - 30_000);
    await unwrap(client.GET('/groups.json'));
    vi.setSystemTime(START + 2 * FIVE_MINUTES_MS - 60_000);
    await unwrap(client.GET('/groups.json'));

    const refreshRequests = passbolt.requests.filter((request) => request.url === '/auth/jwt/refresh.json');
    expect(refreshRequests.map((request) => [request.method, request.headers['content-type'], request.headers.authorization])).toEqual([
      ['POST', 'application/json', undefined],
      ['POST', 'application/json', undefined],
    ]);
    expect(passbolt.refreshes).toEqual([
      { user_id: USER_ID, refresh_token: FIRST_REFRESH_TOKEN },
      { user_id: USER_ID, refresh_token: refreshTokenNumber(2) },
    ]);
    expect(passbolt.bearers()).toEqual([`Bearer ${accessToken}`, `Bearer ${passbolt.issued[0]}`, `Bearer ${passbolt.issued[1]}`]);
    expect(renewed).toEqual([
      { accessToken: passbolt.issued[0], refreshToken: refreshTokenNumber(2) },
      { accessToken: passbolt.issued[1], refreshToken: refreshTokenNumber(3) },
    ]);
    expect(passbolt.reused()).toBe(0);
  });

  it('does not send an access token that has already expired: it renews it first', async () => {
    const passbolt = await fakePassbolt();
    const expired = passbolt.login(Date.now() - 1_000);
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken: expired, refreshToken: FIRST_REFRESH_TOKEN });

    await unwrap(client.GET('/groups.json'));

    expect(passbolt.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /auth/jwt/refresh.json', 'GET /groups.json?api-version=v2']);
    expect(passbolt.bearers()).toEqual([`Bearer ${passbolt.issued[0]}`]);
  });

  it('renews once after a 401 and re-sends the request', async () => {
    const passbolt = await fakePassbolt();
    const accessToken = passbolt.login();
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken, refreshToken: FIRST_REFRESH_TOKEN, userId: USER_ID });
    passbolt.accessTokens.delete(accessToken);

    const { data } = await client.GET('/groups.json');

    expect(data).toMatchObject({ header: { status: 'success' }, body: [] });
    expect(passbolt.refreshes).toHaveLength(1);
    expect(passbolt.bearers()).toEqual([`Bearer ${accessToken}`, `Bearer ${passbolt.issued[0]}`]);
  });

  it('ten concurrent calls rejected with the same token renew it once: a refresh token is never sent twice', async () => {
    const passbolt = await fakePassbolt();
    const accessToken = passbolt.login();
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken, refreshToken: FIRST_REFRESH_TOKEN });
    passbolt.accessTokens.delete(accessToken);

    const results = await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/groups.json'))));

    expect(results).toHaveLength(10);
    expect(passbolt.refreshes).toEqual([{ user_id: USER_ID, refresh_token: FIRST_REFRESH_TOKEN }]);
    expect(passbolt.reused()).toBe(0);
    expect(passbolt.bearers().filter((bearer) => bearer === `Bearer ${passbolt.issued[0]}`)).toHaveLength(10);
  });

  it('ten concurrent calls that find the token expired share one refresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const passbolt = await fakePassbolt();
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken: passbolt.login(), refreshToken: FIRST_REFRESH_TOKEN });
    await unwrap(client.GET('/groups.json'));
    vi.setSystemTime(START + FIVE_MINUTES_MS + 1);

    await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/groups.json'))));

    expect(passbolt.refreshes).toHaveLength(1);
    expect(passbolt.bearers().slice(1)).toEqual(Array(10).fill(`Bearer ${passbolt.issued[0]}`));
  });

  it('a refused refresh is a typed error, with no token in the error or the log', async () => {
    const passbolt = await fakePassbolt();
    const accessToken = passbolt.login();
    const logs: RequestLog[] = [];
    const client = createPassboltClient({
      baseUrl: passbolt.origin,
      accessToken,
      refreshToken: refreshTokenNumber(99),
      logger: (entry) => logs.push(entry),
    });
    passbolt.accessTokens.delete(accessToken);

    const error = await client.GET('/groups.json').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RefreshTokenSpentError);
    expect(error).toMatchObject({ status: 400, method: 'POST', url: `${passbolt.origin}/auth/jwt/refresh.json`, attempts: 1 });
    const refused = (error as RefreshTokenSpentError).cause;
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError<{ header: { message: string } }>).body.header.message).toBe('The refresh token provided was already used.');
    expect(logs.map((entry) => [entry.method, entry.url, entry.status])).toEqual([
      ['GET', `${passbolt.origin}/groups.json?api-version=v2`, 401],
      ['POST', `${passbolt.origin}/auth/jwt/refresh.json`, 400],
    ]);
    const shown = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)} ${inspect(error)} ${JSON.stringify(logs)} ${inspect(client)}`;
    expect(shown).not.toContain(refreshTokenNumber(99));
    expect(shown).not.toContain(accessToken);
  });

  it('never retries the refresh itself, even after a 503 (a retried refresh could spend the refresh token twice)', async () => {
    const server = await serve({
      'GET /groups.json': (_request, response) => envelope(response, 401, '', 'Authentication is required to continue'),
      'POST /auth/jwt/refresh.json': (_request, response) => envelope(response, 503, '', 'Service Unavailable', { 'retry-after': '0' }),
    });
    const client = createPassboltClient({ baseUrl: server.origin, accessToken: 'opaque-token', refreshToken: FIRST_REFRESH_TOKEN, userId: USER_ID });

    const error = await client.GET('/groups.json').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RefreshTokenSpentError);
    expect(error).toMatchObject({ status: 503, method: 'POST', attempts: 1 });
    expect((error as RefreshTokenSpentError).cause).toBeInstanceOf(ServerError);
    expect(server.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual(['GET /groups.json', 'POST /auth/jwt/refresh.json']);
  });

  it('takes the user id from the access token, and needs one when the token carries none', () => {
    expect(() => createPassboltClient({ baseUrl: 'http://127.0.0.1:9', accessToken: 'opaque-token', refreshToken: FIRST_REFRESH_TOKEN })).toThrow(
      'userId is required: the access token carries no `sub` claim',
    );
  });
});
