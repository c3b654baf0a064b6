import { describe, expect, it } from 'vitest';
import { staticAuth, unwrap, type BaseUrlSource } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { testClient } from './support/client.js';

const page = { groups: [{ id: 'g1', name: 'Ops' }], next_page: null };

describe('redirects', () => {
  it('follows a 308 to a listed origin (trustedOrigins) with method and body intact, and sends later calls there directly', async () => {
    const moved = await fakeServer((request, response) =>
      request.method === 'POST' ? json(response, 201, { id: 'g9', ...JSON.parse(request.body) }) : json(response, 200, page),
    );
    const old = await fakeServer((request, response) => {
      response.writeHead(308, { location: `${moved.origin}/v2${request.url.slice("/v1".length)}` });
      response.end();
    });
    const { client, logs } = testClient(`${old.origin}/v1`, { trustedOrigins: [moved.origin] });

    const created = await unwrap(client.POST('/groups', { body: { name: 'Ops' } }));
    await unwrap(client.GET('/groups', { params: { query: { page: 2 } } }));

    expect(created).toEqual({ id: 'g9', name: 'Ops' });
    expect(old.requests.map((request) => request.url)).toEqual(['/v1/groups']);
    expect(moved.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/v2/groups', '{"name":"Ops"}'],
      ['GET', '/v2/groups?page=2', ''],
    ]);
    expect(logs.map((entry) => [entry.attempt, entry.status, entry.nextAttemptInMs])).toEqual([
      [1, 308, 0],
      [2, 201, undefined],
      [1, 200, undefined],
    ]);
  });

  it('lets a base-URL source decide where the API moved (Kaizala: Location is the new endpoint URL)', async () => {
    const moved = await fakeServer((request, response) =>
      request.headers.accesstoken === 'kaizala-token' ? json(response, 200, page) : json(response, 401, {}),
    );
    const old = await fakeServer((_request, response) => {
      response.writeHead(308, { location: `${moved.origin}/` });
      response.end();
    });
    let endpointUrl = `${old.origin}/`;
    const source: BaseUrlSource = {
      get: () => endpointUrl,
      moved: (redirect) => (endpointUrl = redirect.location.href),
    };
    const { client } = testClient(source, { auth: staticAuth({ accessToken: 'kaizala-token' }), trustedOrigins: [`${moved.origin}/`] });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    expect(await unwrap(client.GET('/groups'))).toEqual(page);

    expect(endpointUrl).toBe(`${moved.origin}/`);
    expect(old.requests).toHaveLength(1);
    expect(moved.requests.map((request) => request.url)).toEqual(['/groups', '/groups']);
  });

  it('follows a temporary redirect for that request only, dropping static secret headers on another host', async () => {
    const elsewhere = await fakeServer((_request, response) => json(response, 200, page));
    const home = await fakeServer((_request, response, index) => {
      if (index > 0) return json(response, 200, page);
      response.writeHead(307, { location: `${elsewhere.origin}/mirror/groups` });
      response.end();
    });
    const { client } = testClient(home.origin, { headers: { 'x-api-key': 'static-secret', 'x-client': 'tests' } });

    await unwrap(client.GET('/groups'));
    await unwrap(client.GET('/groups'));

    expect(home.requests).toHaveLength(2);
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]?.headers['x-api-key']).toBeUndefined();
    expect(elsewhere.requests[0]?.headers['x-client']).toBe('tests');
  });

  it('turns a POST answered 303 into a GET without a body', async () => {
    const server = await fakeServer((request, response) => {
      if (request.method === 'GET') return json(response, 200, { id: 'g1', name: 'Ops' });
      response.writeHead(303, { location: '/groups/g1' });
      response.end();
    });
    const { client } = testClient(server.origin);

    await client.POST('/groups', { body: { name: 'Ops' } });

    expect(server.requests.map((request) => [request.method, request.url, request.body, request.headers['content-type']])).toEqual([
      ['POST', '/groups', '{"name":"Ops"}', 'application/json'],
      ['GET', '/groups/g1', '', undefined],
    ]);
  });

  it('stops after five redirects and returns the redirect response', async () => {
    const server = await fakeServer((request, response) => {
      response.writeHead(307, { location: request.url });
      response.end();
    });
    const { client } = testClient(server.origin);

    const { response } = await client.GET('/groups');

    expect(response.status).toBe(307);
    expect(server.requests).toHaveLength(6);
  });

  it('with followRedirects: false returns a redirect as it is and sends nothing further (token endpoints)', async () => {
    const elsewhere = await fakeServer((_request, response) => json(response, 200, page));
    const server = await fakeServer((_request, response) => {
      response.writeHead(307, { location: `${elsewhere.origin}/token` });
      response.end();
    });
    const { client, logs } = testClient(server.origin, { followRedirects: false, auth: staticAuth({ authorization: 'Bearer t' }) });

    const { response } = await client.POST('/groups', { body: { name: 'Ops' } });

    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`${elsewhere.origin}/token`);
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
    expect(logs.map((entry) => [entry.status, entry.nextAttemptInMs])).toEqual([[307, undefined]]);
  });
});
