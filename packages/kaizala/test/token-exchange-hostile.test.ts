import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  GroupApiError,
  InvalidResponseError,
  ServerError,
  TimeoutError,
  createKaizalaClient,
  type KaizalaClientOptions,
  type RequestLog,
} from '../src/index.js';
import { CREDENTIALS, DAY_MS } from './support/fake-kaizala.js';
import { REDIRECT_STATUSES, expectNoSecretIn, otherOrigin } from '@group-apis/conformance';
import { json, recordingServer, type Handler } from './support/recording-server.js';

const SECRETS = [CREDENTIALS.applicationSecret, CREDENTIALS.refreshToken];
/** What a token service would issue: no error may show it either. */
const ISSUED = 'issued-access-token-5f0c2b';

/** A token service answering with `handler`, the API endpoint it would name, and a client on both. */
async function exchangeAnswering(handler: Handler, options: Partial<KaizalaClientOptions> = {}) {
  const endpoint = await recordingServer((_request, response) => json(response, 200, { groups: [] }));
  const tokenService = await recordingServer(handler);
  const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1`, ...options } as KaizalaClientOptions);
  const error = await client.GET('/v1/groups').catch((caught: unknown) => caught);
  return { endpoint, tokenService, error };
}

describe(`Kaizala token exchange answering a redirect: ${REDIRECT_STATUSES.length} statuses, never followed`, () => {
  it.each(REDIRECT_STATUSES)('%i to another origin: an AuthenticationError naming the status and the origin only; the other origin receives nothing', async (status) => {
    const other = await otherOrigin();
    const logs: RequestLog[] = [];
    const { endpoint, tokenService, error } = await exchangeAnswering(
      (_request, response) => {
        response.writeHead(status, { location: `${other.origin}/v1/accessToken?from=kaizala#steal` });
        response.end();
      },
      { logger: (entry) => logs.push(entry) },
    );

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status,
      method: 'GET',
      url: `${tokenService.url}/v1/accessToken`,
      attempts: 1,
      body: undefined,
      message: `GET ${tokenService.url}/v1/accessToken answered ${status} redirecting to ${other.origin}; a token endpoint's redirect is never followed, and nothing more was sent`,
    });
    expect((error as AuthenticationError).headers['location']).toBeUndefined();
    expect(tokenService.requests).toHaveLength(1);
    expect(endpoint.requests).toHaveLength(0);
    expect(other.connections()).toBe(0);
    expect(other.received()).toBe('');
    expect(logs.map((entry) => [entry.method, entry.url, entry.status, entry.nextAttemptInMs])).toEqual([['GET', `${tokenService.url}/v1/accessToken`, status, undefined]]);
    expectNoSecretIn(error, [...SECRETS, 'from=kaizala', 'steal']);
  });

  it('a redirect on the same origin is not followed either', async () => {
    const { tokenService, error } = await exchangeAnswering((request, response) => {
      response.writeHead(307, { location: '/v2/accessToken' });
      response.end();
    });

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain(`answered 307 redirecting to ${tokenService.url};`);
    expect(tokenService.requests.map((request) => request.url)).toEqual(['/v1/accessToken']);
  });

  it('a Location that names the secret in its host shows no secret', async () => {
    const { error } = await exchangeAnswering((_request, response) => {
      response.writeHead(302, { location: `http://${CREDENTIALS.applicationSecret.toLowerCase()}.example/` });
      response.end();
    });

    expect((error as Error).message).toContain('redirecting to [REDACTED];');
    expectNoSecretIn(error, [...SECRETS, CREDENTIALS.applicationSecret.toLowerCase()]);
  });
});

describe('Kaizala token exchange: every failure, serialised four ways (message, String, JSON.stringify, util.inspect), holds no secret', () => {
  it('401 whose JSON body and headers echo the credentials: the echo is taken out, the rest kept', async () => {
    const { error } = await exchangeAnswering((_request, response) =>
      json(response, 401, { message: `Invalid refresh token ${CREDENTIALS.refreshToken}`, code: 'InvalidToken' }, { 'x-echo': CREDENTIALS.applicationSecret }),
    );

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, body: { message: '[REDACTED]', code: 'InvalidToken' }, headers: { 'x-echo': '[REDACTED]' } });
    expectNoSecretIn(error, SECRETS);
  });

  it('500 with a body that is not JSON: the body is not kept', async () => {
    const { error } = await exchangeAnswering(
      (_request, response) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`crash dump: applicationSecret=${CREDENTIALS.applicationSecret}`);
      },
      { retry: false },
    );

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, body: undefined });
    expectNoSecretIn(error, SECRETS);
  });

  it('200 with a truncated JSON body holding a new token: InvalidResponseError without the body or its parse error', async () => {
    const { endpoint, error } = await exchangeAnswering((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"accessToken":"${ISSUED}","endpointUrl":"http://127.0.0.1:1","accessTokenExp`);
    });

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, body: undefined, cause: undefined });
    expect(endpoint.requests).toHaveLength(0);
    expectNoSecretIn(error, [...SECRETS, ISSUED]);
  });

  it.each([
    ['no endpointUrl', { accessToken: ISSUED }, 'a usable endpointUrl'],
    ['an endpointUrl that is not an http(s) URL', { accessToken: ISSUED, endpointUrl: 'javascript:alert(1)' }, 'a usable endpointUrl'],
    ['no accessToken', { endpointUrl: 'http://127.0.0.1:1' }, 'a usable accessToken'],
    ['an accessToken with CR/LF, which fetch would quote whole in its error', { accessToken: `${ISSUED}\r\nx-injected: 1`, endpointUrl: 'http://127.0.0.1:1' }, 'a usable accessToken'],
    ['a JSON array', [ISSUED], 'a JSON object'],
  ])('200 with %s: says what is missing, shows nothing of the answer', async (_case, grant, missing) => {
    const { endpoint, tokenService, error } = await exchangeAnswering((_request, response) => json(response, 200, grant));

    expect(error).toBeInstanceOf(GroupApiError);
    expect(error).toMatchObject({ status: 200, body: undefined, message: `GET ${tokenService.url}/v1/accessToken returned 200 without ${missing}` });
    expect(endpoint.requests).toHaveLength(0);
    expectNoSecretIn(error, [...SECRETS, ISSUED]);
  });

  it('a connection reset: ConnectionError', async () => {
    const { error } = await exchangeAnswering((_request, response) => response.socket?.destroy(), { retry: false });

    expect(error).toBeInstanceOf(ConnectionError);
    expectNoSecretIn(error, SECRETS);
  });

  it('no answer in time: TimeoutError', async () => {
    const { error } = await exchangeAnswering(() => undefined, { retry: false, timeoutMs: 100 });

    expect(error).toBeInstanceOf(TimeoutError);
    expectNoSecretIn(error, SECRETS);
  });

  it('a good grant still works after all this (the checks refuse only what is wrong)', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 200, { groups: [] }));
    const tokenService = await recordingServer((_request, response) =>
      json(response, 200, { accessToken: ISSUED, endpointUrl: endpoint.url, accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` });

    expect((await client.GET('/v1/groups')).data).toEqual({ groups: [] });
    expect(endpoint.requests.map((request) => request.headers['accesstoken'])).toEqual([ISSUED]);
  });
});

describe('createKaizalaClient checks every credential before anything is sent, naming the option and never the value', () => {
  // Core's wording; what matters here is that the option is named and the value is not shown.
  const UNSENDABLE = 'cannot be sent in a header';
  const bad = [
    ['CR/LF', `${CREDENTIALS.applicationSecret}\r\nx-injected: 1`, UNSENDABLE],
    ['NUL', `${CREDENTIALS.applicationSecret}\0`, UNSENDABLE],
    ['a character beyond Latin-1', `${CREDENTIALS.applicationSecret}\u0142`, UNSENDABLE],
    ['only spaces', '  ', 'must be a non-empty string'],
    ['empty', '', 'must be a non-empty string'],
  ] as const;
  const options = ['applicationId', 'applicationSecret', 'refreshToken'] as const;

  it.each(options.flatMap((option) => bad.map(([kind, value, problem]) => [option, kind, value, problem] as const)))(
    '%s with %s',
    (option, _kind, value, problem) => {
      let thrown: unknown;
      try {
        createKaizalaClient({ ...CREDENTIALS, [option]: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(new RegExp(`^${option} .*${problem}`));
      expectNoSecretIn(thrown, [value.trim(), ...SECRETS].filter((secret) => secret.length > 0));
    },
  );

  it('a ready accessToken too', () => {
    expect(() => createKaizalaClient({ endpointUrl: 'https://inc-001.example', accessToken: 'token\nx' })).toThrow(/^accessToken .*cannot be sent in a header.*the value is not shown$/);
  });
});
