import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, GroupApiError, createKaizalaClient, unwrap, type RequestLog } from '../src/index.js';
import { CREDENTIALS, DAY_MS, GROUP, fakeKaizala } from './support/fake-kaizala.js';
import { json, recordingServer } from './support/recording-server.js';

const SECRETS = [CREDENTIALS.applicationSecret, CREDENTIALS.refreshToken];

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('Kaizala connector credentials', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('exchanges the credentials only when first needed, then calls the endpointUrl it returned with the accessToken header', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);
    expect(kaizala.tokenService.requests).toHaveLength(0);

    const first = await unwrap(client.GET('/v1/groups', { params: { query: { showDetail: true } } }));
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP.groupId } } }));

    expect(first).toEqual({ groups: [GROUP] });
    expect(kaizala.tokenService.requests).toHaveLength(1);
    const [exchange] = kaizala.tokenService.requests;
    expect(exchange).toMatchObject({ method: 'GET', url: '/v1/accessToken', body: '' });
    expect(exchange?.headers).toMatchObject({
      applicationid: CREDENTIALS.applicationId,
      applicationsecret: CREDENTIALS.applicationSecret,
      refreshtoken: CREDENTIALS.refreshToken,
    });
    expect(kaizala.endpoint.requests.map((request) => [request.method, request.url, request.headers['accesstoken']])).toEqual([
      ['GET', '/v1/groups?showDetail=true', 'token-1'],
      ['GET', `/v1/groups/${GROUP.groupId}`, 'token-1'],
    ]);
    expect(kaizala.endpoint.requests[0]?.headers['applicationsecret']).toBeUndefined();
  });

  it('exchanges again shortly before the access token expires, not after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const kaizala = await fakeKaizala(DAY_MS);
    const client = createKaizalaClient(kaizala.options);

    await unwrap(client.GET('/v1/groups'));
    vi.setSystemTime(new Date('2025-01-01T23:58:00Z'));
    await unwrap(client.GET('/v1/groups'));
    vi.setSystemTime(new Date('2025-01-01T23:59:30Z'));
    await unwrap(client.GET('/v1/groups'));

    expect(kaizala.issued).toEqual(['token-1', 'token-2']);
    expect(kaizala.endpoint.requests.map((request) => request.headers['accesstoken'])).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('exchanges once after a 401 and re-sends the request, a POST with its body intact', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);
    await unwrap(client.GET('/v1/groups'));
    kaizala.valid.delete('token-1');

    const created = await unwrap(client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Welcome' } }));

    expect(created).toEqual({ groupName: 'Ops', groupId: GROUP.groupId, membersAdded: true });
    expect(kaizala.issued).toEqual(['token-1', 'token-2']);
    expect(kaizala.endpoint.requests.slice(1).map((request) => [request.method, request.headers['accesstoken'], request.body])).toEqual([
      ['POST', 'token-1', '{"name":"Ops","welcomeMessage":"Welcome"}'],
      ['POST', 'token-2', '{"name":"Ops","welcomeMessage":"Welcome"}'],
    ]);
  });

  it('gives up after one refresh: a second 401 is an AuthenticationError', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 401, { message: 'Authorization has been denied for this request.' }));
    const tokenService = await recordingServer((_request, response, index) =>
      json(response, 200, { accessToken: `token-${index + 1}`, endpointUrl: endpoint.url, accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` });

    const error = await unwrap(client.GET('/v1/groups')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, attempts: 2, body: { message: 'Authorization has been denied for this request.' } });
    expect(tokenService.requests).toHaveLength(2);
    expect(endpoint.requests.map((request) => request.headers['accesstoken'])).toEqual(['token-1', 'token-2']);
  });

  it('ten concurrent calls that find the token expired share one exchange', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const kaizala = await fakeKaizala(DAY_MS);
    const client = createKaizalaClient(kaizala.options);
    await unwrap(client.GET('/v1/groups'));
    vi.setSystemTime(new Date('2025-01-02T00:00:01Z'));

    await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/v1/groups'))));

    expect(kaizala.tokenService.requests).toHaveLength(2);
    expect(kaizala.endpoint.requests.slice(1).map((request) => request.headers['accesstoken'])).toEqual(Array(10).fill('token-2'));
  });

  it('ten concurrent calls rejected with the same revoked token share one exchange', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);
    await unwrap(client.GET('/v1/groups'));
    kaizala.valid.delete('token-1');

    const results = await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/v1/groups'))));

    expect(results).toEqual(Array(10).fill({ groups: [GROUP] }));
    expect(kaizala.tokenService.requests).toHaveLength(2);
    const tokens = kaizala.endpoint.requests.slice(1).map((request) => request.headers['accesstoken']);
    expect(tokens.filter((token) => token === 'token-1')).toHaveLength(10);
    expect(tokens.filter((token) => token === 'token-2')).toHaveLength(10);
  });

  it('turns a refused exchange into a typed error, and no secret reaches the error or the log', async () => {
    const tokenService = await recordingServer((_request, response) =>
      json(response, 401, { message: 'Invalid refresh token' }, { 'x-request-id': 'req-42' }),
    );
    const endpoint = await recordingServer((_request, response) => json(response, 200, { groups: [] }));
    const logs: RequestLog[] = [];
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1`, baseUrl: endpoint.url, logger: (entry) => logs.push(entry) });

    const error = await client.GET('/v1/groups').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      method: 'GET',
      url: `${tokenService.url}/v1/accessToken`,
      requestId: 'req-42',
      attempts: 1,
      body: { message: 'Invalid refresh token' },
    });
    expect(endpoint.requests).toHaveLength(0);
    expect(logs.map((entry) => [entry.method, entry.url, entry.status])).toEqual([['GET', `${tokenService.url}/v1/accessToken`, 401]]);
    expectNoSecrets(`${String(error)} ${(error as Error).stack} ${JSON.stringify(error)} ${inspect(error)} ${JSON.stringify(logs)}`);
  });

  it('retries the exchange (a GET) after a 503', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 200, { groups: [] }));
    const tokenService = await recordingServer((_request, response, index) =>
      index === 0
        ? json(response, 503, { message: 'busy' }, { 'retry-after': '0' })
        : json(response, 200, { accessToken: 'token-1', endpointUrl: endpoint.url, accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` });

    await unwrap(client.GET('/v1/groups'));

    expect(tokenService.requests).toHaveLength(2);
    expect(endpoint.requests.map((request) => request.headers['accesstoken'])).toEqual(['token-1']);
  });

  it('refuses a grant without an access token or endpoint URL', async () => {
    const tokenService = await recordingServer((_request, response) => json(response, 200, { accessToken: 'token-1' }));
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` });

    const error = await client.GET('/v1/groups').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GroupApiError);
    expect(error).toMatchObject({ status: 200, message: `GET ${tokenService.url}/v1/accessToken returned 200 without a usable endpointUrl` });
  });

  it('keeps the credentials out of the client\'s string and inspect forms', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);

    const shown = `${String(client)} ${inspect(client, { depth: 5 })}`;

    expect(shown).toContain('timeoutMs: 60000');
    expect(shown).toContain('maxRequests: 100');
    expectNoSecrets(shown);
  });
});
