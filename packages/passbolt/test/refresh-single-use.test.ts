import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  GroupApiError,
  InvalidResponseError,
  RefreshTokenSpentError,
  ServerError,
  TimeoutError,
  createPassboltClient,
  unwrap,
  type PassboltClientOptions,
  type PassboltTokens,
} from '../src/index.js';
import { REDIRECT_STATUSES, expectNoSecretIn, otherOrigin } from '@group-apis/conformance';
import { FIRST_REFRESH_TOKEN, USER_ID, accessTokenFor, envelope, fakePassbolt, refreshTokenNumber, serve } from './support/fake-passbolt.js';

const REJECTED_ACCESS_TOKEN = accessTokenFor(USER_ID, Date.now() + 3_600_000, 0);
/** What a misbehaving refresh answer carries: newly issued tokens that no error may show. */
const ISSUED_ACCESS_TOKEN = accessTokenFor(USER_ID, Date.now() + 3_600_000, 1);
const ISSUED_REFRESH_TOKEN = refreshTokenNumber(2);
const SECRETS = [FIRST_REFRESH_TOKEN, REJECTED_ACCESS_TOKEN, ISSUED_ACCESS_TOKEN, ISSUED_REFRESH_TOKEN];
const ROTATED_COOKIE = { 'set-cookie': `refresh_token=${ISSUED_REFRESH_TOKEN}; path=/; secure; httponly` };

type RefreshAnswer = (response: ServerResponse) => void;

/**
 * passbolt with one misbehaving refresh endpoint: `GET /groups.json` answers 401 to the caller's access token
 * (so the first call renews) and 200 to any token a `login` handed out.
 */
async function misbehavingPassbolt(answer: RefreshAnswer) {
  const loggedIn = new Set<string>();
  const server = await serve({
    'POST /auth/jwt/refresh.json': (_request, response) => answer(response),
    'GET /groups.json': (request, response) => {
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (loggedIn.has(token)) envelope(response, 200, [], 'The operation was successful.');
      else envelope(response, 401, '', 'Authentication is required to continue');
    },
  });
  const refreshes = () => server.requests.filter((request) => request.url.startsWith('/auth/jwt/refresh.json'));
  /** How many times the caller's refresh token reached the server, in any request, any part. */
  const timesSent = () => server.requests.filter((request) => `${request.url} ${JSON.stringify(request.headers)} ${request.body}`.includes(FIRST_REFRESH_TOKEN)).length;
  const login = async (): Promise<PassboltTokens> => {
    const tokens = { accessToken: accessTokenFor(USER_ID, Date.now() + 3_600_000, 100 + loggedIn.size), refreshToken: refreshTokenNumber(100 + loggedIn.size) };
    loggedIn.add(tokens.accessToken);
    return tokens;
  };
  return { ...server, refreshes, timesSent, login, loggedIn };
}

function clientOf(origin: string, options: Partial<PassboltClientOptions> = {}) {
  return createPassboltClient({ baseUrl: origin, accessToken: REJECTED_ACCESS_TOKEN, refreshToken: FIRST_REFRESH_TOKEN, timeoutMs: 300, ...options } as PassboltClientOptions);
}

const failures: ReadonlyArray<[string, RefreshAnswer, abstract new (...args: never[]) => Error]> = [
  ['500', (response) => envelope(response, 500, '', 'Internal Error'), ServerError],
  ['400 (already used)', (response) => envelope(response, 400, '', 'The refresh token provided was already used.'), BadRequestError],
  ['a connection reset', (response) => response.socket?.destroy(), ConnectionError],
  ['a timeout (no answer)', () => undefined, TimeoutError],
  [
    'invalid JSON (a truncated body with the new access token, the new refresh token in its cookie)',
    (response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...ROTATED_COOKIE });
      response.end(`{"header":{"status":"success"},"body":{"access_token":"${ISSUED_ACCESS_TOKEN}`);
    },
    InvalidResponseError,
  ],
  ['200 without a new refresh token', (response) => envelope(response, 200, { access_token: ISSUED_ACCESS_TOKEN }, 'The operation was successful.'), GroupApiError],
  ['200 with a new refresh token but no access token', (response) => envelope(response, 200, {}, 'The operation was successful.', ROTATED_COOKIE), GroupApiError],
];

describe(`passbolt refresh token: spent once, whatever the outcome (${failures.length} failure kinds × without and with \`login\`)`, () => {
  it.each(failures)('after %s: POSTed exactly once; this call and every later one reject with RefreshTokenSpentError', async (_kind, answer, Failure) => {
    const passbolt = await misbehavingPassbolt(answer);
    const client = clientOf(passbolt.origin);

    const errors = [];
    for (let call = 0; call < 3; call++) errors.push(await unwrap(client.GET('/groups.json')).catch((caught: unknown) => caught));

    expect(passbolt.refreshes()).toHaveLength(1);
    expect(passbolt.timesSent()).toBe(1);
    expect(passbolt.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual(['GET /groups.json', 'POST /auth/jwt/refresh.json']);
    const [first] = errors;
    expect(first).toBeInstanceOf(RefreshTokenSpentError);
    expect(first).toBeInstanceOf(AuthenticationError);
    expect(first).toMatchObject({ name: 'RefreshTokenSpentError', method: 'POST', url: `${passbolt.origin}/auth/jwt/refresh.json`, body: undefined });
    expect((first as Error).cause).toBeInstanceOf(Failure);
    expect((first as Error).message).toMatch(/^the refresh token was spent by a renewal that failed \(.+\); it is never sent again: log in again, or give the client a `login`$/);
    expect(errors.slice(1)).toEqual([first, first]);
    expectNoSecretIn(first, SECRETS);
  });

  it.each(failures)('after %s with a `login`: POSTed exactly once, and the login\'s pair carries this call and the next', async (_kind, answer) => {
    const passbolt = await misbehavingPassbolt(answer);
    const renewed: PassboltTokens[] = [];
    const client = clientOf(passbolt.origin, { login: passbolt.login, onTokenRefresh: (tokens) => void renewed.push(tokens) });

    await unwrap(client.GET('/groups.json'));
    await unwrap(client.GET('/groups.json'));

    expect(passbolt.refreshes()).toHaveLength(1);
    expect(passbolt.timesSent()).toBe(1);
    expect(passbolt.loggedIn.size).toBe(1);
    expect(renewed).toEqual([{ accessToken: [...passbolt.loggedIn][0], refreshToken: refreshTokenNumber(100) }]);
  });
});

describe('passbolt refresh when the caller gives up', () => {
  it('a call aborted while the renewal is in flight leaves the renewal to finish: its new pair is kept and the old token never sent again', async () => {
    const passbolt = await fakePassbolt();
    const accessToken = passbolt.login();
    passbolt.accessTokens.delete(accessToken);
    const client = createPassboltClient({ baseUrl: passbolt.origin, accessToken, refreshToken: FIRST_REFRESH_TOKEN });
    const controller = new AbortController();

    const aborted = client.GET('/groups.json', { signal: controller.signal });
    // The fake answers a renewal after 5 ms: abort as soon as it has been sent.
    while (passbolt.refreshes.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    await unwrap(client.GET('/groups.json'));

    expect(passbolt.refreshes).toEqual([{ user_id: USER_ID, refresh_token: FIRST_REFRESH_TOKEN }]);
    expect(passbolt.reused()).toBe(0);
    expect(passbolt.bearers().at(-1)).toBe(`Bearer ${passbolt.issued[0]}`);
  });
});

describe(`passbolt refresh answering a redirect: ${REDIRECT_STATUSES.length} statuses, never followed`, () => {
  it.each(REDIRECT_STATUSES)('%i to another origin: RefreshTokenSpentError naming the status and the origin only; the other origin receives nothing', async (status) => {
    const other = await otherOrigin();
    const passbolt = await misbehavingPassbolt((response) => {
      response.writeHead(status, { location: `${other.origin}/auth/jwt/refresh.json?steal=1` });
      response.end();
    });
    const client = clientOf(passbolt.origin);

    const error = await unwrap(client.GET('/groups.json')).catch((caught: unknown) => caught);
    await unwrap(client.GET('/groups.json')).catch(() => undefined);

    expect(error).toBeInstanceOf(RefreshTokenSpentError);
    expect(error).toMatchObject({ status });
    const redirect = (error as Error).cause;
    expect(redirect).toBeInstanceOf(AuthenticationError);
    const answered = `POST ${passbolt.origin}/auth/jwt/refresh.json answered ${status} redirecting to ${other.origin}; a token endpoint's redirect is never followed, and nothing more was sent`;
    expect(redirect).toMatchObject({ status, message: answered });
    expect((error as Error).message).toContain(`(AuthenticationError: ${answered})`);
    expect(passbolt.timesSent()).toBe(1);
    expect(other.connections()).toBe(0);
    expect(other.received()).toBe('');
    expectNoSecretIn(error, [...SECRETS, 'steal=1']);
  });
});

describe('createPassboltClient checks every credential before anything is sent, naming the option and never the value', () => {
  // Core's wording; what matters here is that the option is named and the value is not shown.
  const UNSENDABLE = 'cannot be sent in a header';
  const cases: ReadonlyArray<[string, Partial<PassboltClientOptions>, string]> = [
    ['accessToken with CR/LF', { accessToken: `${REJECTED_ACCESS_TOKEN}\r\nx-injected: 1` }, `accessToken ${UNSENDABLE}`],
    ['refreshToken with LF', { refreshToken: `${FIRST_REFRESH_TOKEN}\n` }, `refreshToken ${UNSENDABLE}`],
    ['refreshToken empty', { refreshToken: '' }, 'refreshToken must be a non-empty string'],
    ['accessToken with a character beyond Latin-1', { accessToken: `${REJECTED_ACCESS_TOKEN}\u0142`, refreshToken: undefined } as Partial<PassboltClientOptions>, `accessToken ${UNSENDABLE}`],
  ];

  it.each(cases)('%s', (_case, options, message) => {
    let thrown: unknown;
    try {
      clientOf('http://127.0.0.1:9', { userId: USER_ID, ...options } as Partial<PassboltClientOptions>);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(new RegExp(`^${message.replace(/[`]/g, '.')}`));
    expectNoSecretIn(thrown, SECRETS);
  });

  it('a session id with a cookie separator, which would add a cookie of its own', () => {
    expect(() => createPassboltClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 'abc; csrfToken=evil' })).toThrow(
      new TypeError('sessionId contains a space, `;`, `,`, `"` or `\\`, which a cookie value cannot hold; the value is not shown'),
    );
    expect(() => createPassboltClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 'abc\r\nx: 1' })).toThrow(/^sessionId .*cannot be sent in a header/);
  });

  it('tokens from `getAccessToken` and `login` are checked the same way before they are sent', async () => {
    const passbolt = await misbehavingPassbolt((response) => envelope(response, 500, '', 'Internal Error'));
    const provided = createPassboltClient({ baseUrl: passbolt.origin, getAccessToken: async () => `${ISSUED_ACCESS_TOKEN}\n` });
    const loggingIn = clientOf(passbolt.origin, { login: async () => ({ accessToken: ISSUED_ACCESS_TOKEN, refreshToken: `${ISSUED_REFRESH_TOKEN}\r\n` }) });

    const fromProvider = await provided.GET('/groups.json').catch((caught: unknown) => caught);
    const fromLogin = await loggingIn.GET('/groups.json').catch((caught: unknown) => caught);

    expect(fromProvider).toBeInstanceOf(TypeError);
    expect((fromProvider as Error).message).toMatch(/^the `getAccessToken` result .*cannot be sent in a header/);
    expect(fromLogin).toBeInstanceOf(TypeError);
    expect((fromLogin as Error).message).toMatch(/^the `login` result: `refreshToken` .*cannot be sent in a header/);
    expectNoSecretIn(fromProvider, SECRETS);
    expectNoSecretIn(fromLogin, SECRETS);
    expect(passbolt.requests.filter((request) => request.url.startsWith('/groups.json')).map((request) => request.headers.authorization)).toEqual([`Bearer ${REJECTED_ACCESS_TOKEN}`]);
  });
});
