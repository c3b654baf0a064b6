import { beforeEach, describe, expect, it } from 'vitest';
import { createPassboltClient } from '../src/index.js';
import { serve, type ReceivedRequest, type Route } from './support/fake-passbolt.js';

const ADA = 'd57c10f5-639d-5160-9c81-8a0c6c4ec856';
const BETTY = 'e97b14ba-8957-57c9-a357-f78a6e1e1a46';
const EMPTY_LIST = { header: { status: 'success' }, body: [] };

describe('createPassboltClient', () => {
  let baseUrl: string;
  let seen: ReceivedRequest[];
  beforeEach(async () => {
    const emptyList: Route = (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(EMPTY_LIST));
    };
    const server = await serve({ 'GET /groups.json': emptyList, 'GET /passbolt/groups.json': emptyList });
    baseUrl = server.origin;
    seen = server.requests;
  });

  it('sends the page\'s "Request with filters" in a form the server parses', async () => {
    const client = createPassboltClient({ baseUrl, accessToken: 'the-jwt' });
    const { data, error } = await client.GET('/groups.json', {
      params: { query: { 'api-version': 'v2', contain: { user: 1 }, order: 'Group.name ASC' } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(EMPTY_LIST);
    expect(seen.at(-1)!.url).toBe('/groups.json?api-version=v2&contain[user]=1&order=Group.name%20ASC');
  });

  it('sends filter arrays in indexed form and contain flags as 1 or 0', async () => {
    const client = createPassboltClient({ baseUrl, accessToken: 'the-jwt' });
    await client.GET('/groups.json', {
      params: {
        query: {
          filter: { 'has-users': [ADA, BETTY], 'has-managers': [BETTY] },
          contain: { modifier: true, user: false, group_user: 1 },
        },
      },
    });
    expect(seen.at(-1)!.url).toBe(
      '/groups.json?api-version=v2' +
        `&filter[has-users][0]=${ADA}&filter[has-users][1]=${BETTY}&filter[has-managers][0]=${BETTY}` +
        '&contain[modifier]=1&contain[user]=0&contain[group_user]=1',
    );
  });

  it("sends today's contain keys, dotted ones included, as the server's whitelist spells them", async () => {
    const client = createPassboltClient({ baseUrl, accessToken: 'the-jwt' });
    await client.GET('/groups.json', {
      params: { query: { contain: { users: 1, 'groups_users.user.profile': true, my_group_user: 1, 'modifier.profile': 0 } } },
    });
    expect(seen.at(-1)!.url).toBe(
      '/groups.json?api-version=v2&contain[users]=1&contain[groups_users.user.profile]=1&contain[my_group_user]=1&contain[modifier.profile]=0',
    );
  });

  it('leaves out empty filters and unset values', async () => {
    const client = createPassboltClient({ baseUrl, accessToken: 'the-jwt' });
    await client.GET('/groups.json', { params: { query: { filter: { 'has-users': [] }, order: undefined } } });
    expect(seen.at(-1)!.url).toBe('/groups.json?api-version=v2');
  });

  it('sends api-version v2 by default, or the version the client or the call sets', async () => {
    await createPassboltClient({ baseUrl, accessToken: 'x' }).GET('/groups.json');
    await createPassboltClient({ baseUrl, accessToken: 'x', apiVersion: 'v3' }).GET('/groups.json');
    await createPassboltClient({ baseUrl, accessToken: 'x' }).GET('/groups.json', { params: { query: { 'api-version': 'v1' } } });
    expect(seen.slice(-3).map((request) => request.url)).toEqual([
      '/groups.json?api-version=v2',
      '/groups.json?api-version=v3',
      '/groups.json?api-version=v1',
    ]);
  });

  it('authenticates with a JWT access token as a Bearer token', async () => {
    await createPassboltClient({ baseUrl, accessToken: 'the-jwt' }).GET('/groups.json');
    const request = seen.at(-1)!;
    expect(request.headers.authorization).toBe('Bearer the-jwt');
    expect(request.headers.cookie).toBeUndefined();
  });

  it('authenticates with a GpgAuth session as the passbolt_session cookie', async () => {
    await createPassboltClient({ baseUrl, sessionId: 'the-session' }).GET('/groups.json');
    const request = seen.at(-1)!;
    expect(request.headers.cookie).toBe('passbolt_session=the-session');
    expect(request.headers.authorization).toBeUndefined();
  });

  it('keeps the base path of an instance installed under a sub-path', async () => {
    await createPassboltClient({ baseUrl: `${baseUrl}/passbolt/`, accessToken: 'x' }).GET('/groups.json');
    expect(seen.at(-1)!.url).toBe('/passbolt/groups.json?api-version=v2');
  });
});
