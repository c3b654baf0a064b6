import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKaizalaClient, unwrap } from '../src/index.js';
import { CREDENTIALS, DAY_MS, GROUP } from './support/fake-kaizala.js';
import { json, recordingServer, type RecordingServer } from './support/recording-server.js';

const NEW_GROUP = { name: 'Ops', welcomeMessage: 'Welcome' };

/** An old endpoint that answers every call with 308 to `target`, and the new endpoint itself. */
async function movedEndpoint(location: (moved: RecordingServer, requestUrl: string) => string) {
  const moved = await recordingServer((request, response) =>
    request.method === 'POST' ? json(response, 200, { groupName: 'Ops', groupId: GROUP.groupId, membersAdded: true }) : json(response, 200, { groups: [GROUP] }),
  );
  const old = await recordingServer((request, response) => {
    response.writeHead(308, { location: location(moved, request.url) });
    response.end();
  });
  return { old, moved };
}

const trail = (server: RecordingServer) => server.requests.map((request) => `${request.method} ${request.url} ${request.headers['accesstoken']}`);

describe('Kaizala endpoint moves (308)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows a 308 to another origin without the access token, and keeps the endpoint (the Location is not trusted)', async () => {
    const { old, moved } = await movedEndpoint((target) => target.url);
    const client = createKaizalaClient({ endpointUrl: old.url, accessToken: 'static-token', retry: false });

    await client.GET('/v1/groups');
    await client.GET('/v1/groups');

    expect(trail(old)).toEqual(['GET /v1/groups static-token', 'GET /v1/groups static-token']);
    // Followed as `Location` says (the endpoint's root: Kaizala names the new endpoint URL), with no credential.
    expect(trail(moved)).toEqual(['GET / undefined', 'GET / undefined']);
  });

  it('follows a 308 to the new endpoint URL in Location, on an origin listed in trustedOrigins, and sends every later call there', async () => {
    const { old, moved } = await movedEndpoint((target) => target.url);
    const client = createKaizalaClient({ endpointUrl: old.url, accessToken: 'static-token', trustedOrigins: [moved.url] });

    await unwrap(client.GET('/v1/groups'));
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP.groupId } } }));

    expect(trail(old)).toEqual(['GET /v1/groups static-token']);
    expect(trail(moved)).toEqual(['GET /v1/groups static-token', `GET /v1/groups/${GROUP.groupId} static-token`]);
  });

  it('re-sends a POST to the new endpoint with its method and body', async () => {
    const { old, moved } = await movedEndpoint((target) => `${target.url}/`);
    const client = createKaizalaClient({ endpointUrl: old.url, accessToken: 'static-token', trustedOrigins: [moved.url] });

    const created = await unwrap(client.POST('/v1/groups', { body: NEW_GROUP }));

    expect(created.membersAdded).toBe(true);
    expect(moved.requests.map((request) => [request.method, request.url, request.body])).toEqual([['POST', '/v1/groups', JSON.stringify(NEW_GROUP)]]);
  });

  it('understands a Location that is the full request URL on the new endpoint', async () => {
    const { old, moved } = await movedEndpoint((target, requestUrl) => `${target.url}${requestUrl}`);
    const client = createKaizalaClient({ endpointUrl: old.url, accessToken: 'static-token', trustedOrigins: [moved.url] });

    await unwrap(client.GET('/v1/groups', { params: { query: { fetchAllGroups: true } } }));
    await unwrap(client.GET('/v1/groups'));

    expect(trail(moved)).toEqual(['GET /v1/groups?fetchAllGroups=true static-token', 'GET /v1/groups static-token']);
  });

  it('keeps the moved endpoint over the stale one a renewed token still names, and takes a new one it names', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const { old, moved } = await movedEndpoint((target) => target.url);
    const other = await recordingServer((_request, response) => json(response, 200, { groups: [] }));
    const endpoints = [old.url, old.url, other.url];
    const tokenService = await recordingServer((_request, response, index) =>
      json(response, 200, { accessToken: `token-${index + 1}`, endpointUrl: endpoints[index], accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1`, trustedOrigins: [moved.url] });

    await unwrap(client.GET('/v1/groups'));
    vi.setSystemTime(new Date('2025-01-02T00:00:00Z'));
    await unwrap(client.GET('/v1/groups'));
    vi.setSystemTime(new Date('2025-01-03T00:00:00Z'));
    await unwrap(client.GET('/v1/groups'));

    expect(trail(old)).toEqual(['GET /v1/groups token-1']);
    expect(trail(moved)).toEqual(['GET /v1/groups token-1', 'GET /v1/groups token-2']);
    expect(trail(other)).toEqual(['GET /v1/groups token-3']);
  });

  it('asks the token service again after a 308 to another origin, and moves only where it names (the token never goes to the Location first)', async () => {
    const { old, moved } = await movedEndpoint((target) => target.url);
    const endpoints = [old.url, moved.url];
    const tokenService = await recordingServer((_request, response, index) =>
      json(response, 200, { accessToken: `token-${index + 1}`, endpointUrl: endpoints[index] ?? moved.url, accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` });

    await unwrap(client.GET('/v1/groups'));
    await unwrap(client.GET('/v1/groups'));

    expect(trail(old)).toEqual(['GET /v1/groups token-1']);
    expect(trail(moved)).toEqual(['GET /v1/groups token-2', 'GET /v1/groups token-2']);
    expect(tokenService.requests).toHaveLength(2);
  });

  it('follows a 308 to another origin without the token when the token service still names the old endpoint', async () => {
    const { old, moved } = await movedEndpoint((target) => target.url);
    const tokenService = await recordingServer((_request, response, index) =>
      json(response, 200, { accessToken: `token-${index + 1}`, endpointUrl: old.url, accessTokenExpiry: Date.now() + DAY_MS }),
    );
    const client = createKaizalaClient({ ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1`, retry: false });

    await client.GET('/v1/groups');

    expect(trail(old)).toEqual(['GET /v1/groups token-1']);
    expect(trail(moved)).toEqual(['GET / undefined']);
    expect(tokenService.requests).toHaveLength(2);
  });
});
