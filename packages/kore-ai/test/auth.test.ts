import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, createKoreAiClient, unwrap, type KoreAiClientOptions } from '../src/index.js';
import { emptyPage, fakeKoreAi, invalidJwt, type ReceivedRequest } from './support/fake-kore-ai.js';
import { expectNoSecretIn } from '@group-apis/conformance';

const CLIENT_ID = 'cs-5250bdc9-6bfe-5ece-92c9-ab54aa2d4285';
const CLIENT_SECRET = 'Wibn3ULagYyq0J10LCndswYycHGLuIWbwHvTRSfLwhs=';
const T0 = Date.parse('2030-01-01T00:00:00.000Z');
const seconds = (ms: number) => Math.floor(ms / 1000);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The app-credentials client on a fake server, without client-side rate limiting or retries in the way. */
function appClient(baseUrl: string, options: Partial<KoreAiClientOptions> = {}) {
  return createKoreAiClient({ baseUrl, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, rateLimit: false, retry: false, ...options } as KoreAiClientOptions);
}

/** Answers 401 to JWTs issued before `issuedAtOrAfter` (seconds), as if the app's older tokens had been revoked. */
function revoking(issuedAtOrAfter: () => number) {
  return (request: ReceivedRequest) =>
    (request.jwt?.claims.iat ?? 0) < issuedAtOrAfter() ? { status: 401, body: invalidJwt } : { status: 200, body: emptyPage };
}

const tokensOf = (requests: readonly ReceivedRequest[]) => requests.map((request) => request.jwt?.token);

describe('Kore.ai auth with the app credentials (the client signs its own JWT)', () => {
  beforeEach(() => {
    // Only the clock is fake: the JWT's iat/exp and the token cache follow it, sockets and timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('signs an HS256 JWT with the client secret, appId = client id, valid 1 h, and sends it bare in `auth`', async () => {
    const server = await fakeKoreAi({ clientSecret: CLIENT_SECRET });
    const client = appClient(server.baseUrl);

    const { data, error } = await client.GET('/groups', { params: { query: { offset: 0, limit: 2 } } });

    expect(error).toBeUndefined();
    expect(data).toEqual(emptyPage);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.url).toBe('/api/public/groups?offset=0&limit=2');
    expect(request?.headers.auth).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.jwt?.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(request?.jwt?.claims).toEqual({ appId: CLIENT_ID, iat: seconds(T0), exp: seconds(T0) + 3600, jti: expect.stringMatching(UUID) });
  });

  it('reuses the JWT until shortly before it expires, then signs a fresh one (jwtLifetimeMs sets exp)', async () => {
    const server = await fakeKoreAi({ clientSecret: CLIENT_SECRET });
    const client = appClient(server.baseUrl, { jwtLifetimeMs: 600_000 });

    await unwrap(client.GET('/groups'));
    vi.setSystemTime(T0 + 539_000);
    await unwrap(client.GET('/groups'));
    // 60 s before exp (T0 + 600 s) the cached JWT counts as expiring.
    vi.setSystemTime(T0 + 541_000);
    await unwrap(client.GET('/groups'));

    const claims = server.requests.map((request) => request.jwt?.claims);
    expect(claims).toEqual([
      { appId: CLIENT_ID, iat: seconds(T0), exp: seconds(T0) + 600, jti: expect.stringMatching(UUID) },
      { appId: CLIENT_ID, iat: seconds(T0), exp: seconds(T0) + 600, jti: claims[0]?.jti },
      { appId: CLIENT_ID, iat: seconds(T0) + 541, exp: seconds(T0) + 541 + 600, jti: expect.stringMatching(UUID) },
    ]);
    const [first, second, third] = tokensOf(server.requests);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });

  it('answers a 401 by signing a new JWT once and re-sending the request', async () => {
    let validFrom = 0;
    const server = await fakeKoreAi({ clientSecret: CLIENT_SECRET, reply: revoking(() => validFrom) });
    const client = appClient(server.baseUrl);
    await unwrap(client.GET('/groups'));

    validFrom = seconds(T0) + 5;
    vi.setSystemTime(T0 + 10_000);
    const { data, response } = await client.GET('/groups', { params: { query: { limit: 1 } } });

    expect(response.status).toBe(200);
    expect(data).toEqual(emptyPage);
    expect(server.requests.map((request) => [request.url, request.jwt?.claims.iat])).toEqual([
      ['/api/public/groups', seconds(T0)],
      ['/api/public/groups?limit=1', seconds(T0)],
      ['/api/public/groups?limit=1', seconds(T0) + 10],
    ]);
  });

  it('re-sends only once: a 401 that a fresh JWT does not fix is an AuthenticationError with the envelope', async () => {
    const server = await fakeKoreAi({ clientSecret: 'the-secret-kore-ai-knows' });
    const client = appClient(server.baseUrl);

    const failure = await unwrap(client.GET('/groups')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ status: 401, method: 'GET', url: `${server.baseUrl}/groups`, attempts: 2, body: invalidJwt });
    expect(server.requests).toHaveLength(2);
    expectNoSecretIn(failure, [CLIENT_SECRET, ...server.requests.map((request) => String(request.headers.auth))]);
  });

  it('the JWT re-signed after a 401 in the same second is a different token (a fresh jti), and its 401 ends the call', async () => {
    // The clock stands still: iat and exp of both JWTs are equal, only jti tells them apart.
    const sign = vi.spyOn(crypto.subtle, 'sign');
    const server = await fakeKoreAi({ reply: () => ({ status: 401, body: invalidJwt }) });
    const client = appClient(server.baseUrl);

    const failure = await unwrap(client.GET('/groups')).catch((error: unknown) => error);

    expect(failure).toMatchObject({ status: 401, attempts: 2 });
    expect(sign).toHaveBeenCalledTimes(2);
    const [rejected, fresh] = server.requests.map((request) => request.headers.auth as string);
    expect(server.requests).toHaveLength(2);
    expect(fresh).not.toBe(rejected);
    const claimsOf = (token: string | undefined) => JSON.parse(Buffer.from((token ?? "").split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect({ ...claimsOf(fresh), jti: 'x' }).toEqual({ ...claimsOf(rejected), jti: 'x' });
    expect(claimsOf(fresh).jti).not.toBe(claimsOf(rejected).jti);
  });

  it('ten concurrent calls racing one expired JWT sign exactly one new JWT', async () => {
    const sign = vi.spyOn(crypto.subtle, 'sign');
    const server = await fakeKoreAi({ clientSecret: CLIENT_SECRET });
    const client = appClient(server.baseUrl);
    await unwrap(client.GET('/groups'));
    expect(sign).toHaveBeenCalledTimes(1);

    vi.setSystemTime(T0 + 2 * 3_600_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => client.GET('/groups')));

    expect(results.map((result) => result.response.status)).toEqual(Array(10).fill(200));
    expect(sign).toHaveBeenCalledTimes(2);
    const racing = server.requests.slice(1);
    expect(racing).toHaveLength(10);
    expect(new Set(tokensOf(racing)).size).toBe(1);
    expect(racing[0]?.jwt?.claims.iat).toBe(seconds(T0) + 7200);
  });

  it('ten concurrent calls rejected with the same JWT cause one re-signing, and each is re-sent once', async () => {
    let validFrom = 0;
    const sign = vi.spyOn(crypto.subtle, 'sign');
    const server = await fakeKoreAi({ clientSecret: CLIENT_SECRET, reply: revoking(() => validFrom) });
    const client = appClient(server.baseUrl);
    await unwrap(client.GET('/groups'));

    validFrom = seconds(T0) + 5;
    vi.setSystemTime(T0 + 10_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => client.GET('/groups')));

    expect(results.map((result) => result.response.status)).toEqual(Array(10).fill(200));
    expect(sign).toHaveBeenCalledTimes(2);
    expect(server.requests).toHaveLength(21);
    const statuses = server.requests.map((request) => (request.jwt?.claims.iat === seconds(T0) ? 'old' : 'new'));
    expect(statuses.filter((status) => status === 'old')).toHaveLength(11);
    expect(new Set(tokensOf(server.requests)).size).toBe(2);
  });
});

describe('Kore.ai auth with a ready JWT', () => {
  it('sends it as is on every request, and returns a 401 without re-sending (it cannot be renewed)', async () => {
    const server = await fakeKoreAi({ reply: (_request, index) => (index === 0 ? { status: 200, body: emptyPage } : { status: 401, body: invalidJwt }) });
    const client = createKoreAiClient({ baseUrl: server.baseUrl, jwt: 'ready.made.jwt', rateLimit: false });

    expect(await unwrap(client.GET('/groups'))).toEqual(emptyPage);
    const failure = await unwrap(client.GET('/groups')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ status: 401, attempts: 1, body: invalidJwt });
    expect(server.requests.map((request) => request.headers.auth)).toEqual(['ready.made.jwt', 'ready.made.jwt']);
  });
});

describe('createKoreAiClient refuses an unusable auth option at once', () => {
  it.each([
    ['neither a JWT nor app credentials', {}],
    ['a JWT and app credentials together', { jwt: 'x', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }],
    ['a client id without its secret', { clientId: CLIENT_ID }],
  ])('%s', (_case, auth) => {
    expect(() => createKoreAiClient(auth as KoreAiClientOptions)).toThrow(
      new TypeError('createKoreAiClient needs either `jwt`, or `clientId` and `clientSecret`'),
    );
  });

  it.each([
    ['a JWT with CR/LF', { jwt: 'ready.made.jwt\r\nx-injected: 1' }, /^jwt .*cannot be sent in a header/],
    ['a JWT with a character beyond Latin-1', { jwt: 'ready.made.jwt\u0142' }, /^jwt .*cannot be sent in a header/],
    ['a client secret with a trailing newline', { clientId: CLIENT_ID, clientSecret: `${CLIENT_SECRET}\n` }, /^clientSecret contains a control character \(such as CR or LF\); the value is not shown$/],
  ])('%s: refused, naming the option and never the value', (_case, options, message) => {
    let thrown: unknown;
    try {
      createKoreAiClient(options as KoreAiClientOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expectNoSecretIn(thrown, [CLIENT_SECRET, 'ready.made.jwt']);
  });

  it('an empty secret, or a JWT lifetime under a second', () => {
    expect(() => createKoreAiClient({ clientId: CLIENT_ID, clientSecret: '' })).toThrow(TypeError);
    expect(() => createKoreAiClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, jwtLifetimeMs: 999 })).toThrow(
      new RangeError('jwtLifetimeMs must be a finite number >= 1000'),
    );
  });
});
