import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestmoClient, hasExpandedUsers, type GroupResponse, type PaginatedGroups } from '../src/index.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

const qaGroup = {
  id: 1,
  name: 'QA',
  members: [1, 2],
  created_at: '2021-04-07T09:30:00.000000Z',
  created_by: 2,
  updated_at: null,
  updated_by: null,
};
const users = [
  { id: 1, name: 'Ada' },
  { id: 2, name: 'Grace', email: 'grace@example.org' },
];

// A stand-in Testmo instance: site admins (token "admin-token") get groups, any other token gets 403.
let server: Server;
let baseUrl: string;
let received: Received[] = [];

function respond(url: URL): { status: number; body: unknown } {
  const withUsers = url.searchParams.get('expands') === 'users';
  const expands = withUsers ? { users } : {};
  if (url.pathname === '/api/v1/groups') {
    const page: PaginatedGroups = { page: 1, prev_page: null, next_page: null, last_page: 1, per_page: 100, total: 1, result: [qaGroup], expands };
    return { status: 200, body: page };
  }
  if (url.pathname === '/api/v1/groups/1') {
    const group: GroupResponse = { result: qaGroup, expands };
    return { status: 200, body: group };
  }
  return { status: 404, body: { message: 'Not found.' } };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const { status, body } =
      request.headers.authorization === 'Bearer admin-token'
        ? respond(new URL(request.url ?? '/', 'http://localhost'))
        : { status: 403, body: { message: 'Site admin access required.' } };
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => {
  received = [];
});

describe('createTestmoClient', () => {
  it('sends the API token as a bearer token to the instance URL', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    const { data, error, response } = await client.GET('/api/v1/groups');
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.result).toEqual([qaGroup]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'GET', url: '/api/v1/groups', headers: { authorization: 'Bearer admin-token' } });
  });

  it('puts page, per_page and expands in the query string as the page documents', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    await client.GET('/api/v1/groups', { params: { query: { page: 2, per_page: 25, expands: 'users' } } });
    expect(received[0]?.url).toBe('/api/v1/groups?page=2&per_page=25&expands=users');
  });

  it('fills group_id into the path', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    const { data } = await client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 1 }, query: { expands: 'users' } } });
    expect(received[0]?.url).toBe('/api/v1/groups/1?expands=users');
    expect(data).toEqual({ result: qaGroup, expands: { users } });
  });

  it('accepts an instance URL with a trailing slash', async () => {
    const client = createTestmoClient({ baseUrl: `${baseUrl}/`, token: 'admin-token' });
    await client.GET('/api/v1/groups');
    expect(received[0]?.url).toBe('/api/v1/groups');
  });

  it('surfaces the 403 a token of a non-admin user gets as `error`, with no data', async () => {
    const client = createTestmoClient({ baseUrl, token: 'regular-user-token' });
    const { data, error, response } = await client.GET('/api/v1/groups');
    expect(response.status).toBe(403);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: 'Site admin access required.' });
  });

  it('surfaces an unknown group as a 404 `error`', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    const { data, error, response } = await client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 99 } } });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: 'Not found.' });
  });
});

describe('hasExpandedUsers', () => {
  it('is true when the users expand was returned, and gives typed users', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    const { data } = await client.GET('/api/v1/groups', { params: { query: { expands: 'users' } } });
    expect(data && hasExpandedUsers(data)).toBe(true);
    if (data && hasExpandedUsers(data)) expect(data.expands.users.map((user) => user.name)).toEqual(['Ada', 'Grace']);
  });

  it('is false without expands (Testmo then returns `expands: {}`)', async () => {
    const client = createTestmoClient({ baseUrl, token: 'admin-token' });
    const { data } = await client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 1 } } });
    expect(data?.expands).toEqual({});
    expect(data && hasExpandedUsers(data)).toBe(false);
  });
});
