import { describe, expect, it } from 'vitest';
import { staticAuth, unwrap, type AuthProvider, type Fetch } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { testClient } from './support/client.js';

const page = { groups: [], next_page: null };

/** A provider that counts how often it was asked, and a refresh that counts too. */
function countingAuth(): AuthProvider & { asked: string[]; refreshes: number } {
  const provider = {
    asked: [] as string[],
    refreshes: 0,
    headers(request: { url: URL }) {
      provider.asked.push(request.url.origin);
      return { authorization: 'Bearer provider-secret' };
    },
    refresh() {
      provider.refreshes += 1;
    },
  };
  return provider;
}

/** A fetch that answers from a table by URL and records what each URL received. */
function tableFetch(answers: Record<string, () => Response>) {
  const sent: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch: Fetch = async (url, init) => {
    sent.push({ url, headers: Object.fromEntries(new Headers(init.headers)) });
    return (answers[url] ?? (() => Response.json(page)))();
  };
  return { fetch, sent };
}

const redirectTo = (status: number, location: string) => () => new Response(null, { status, headers: { location } });

describe('credentials are bound to origins', () => {
  it.each([301, 302, 303, 307, 308])('a %i to another origin is followed without any credential, and the base URL stays', async (status) => {
    const other = await fakeServer((_request, response) => json(response, 401, { message: 'who are you' }));
    const home = await fakeServer((request, response, index) => {
      if (index > 0) return json(response, 200, page);
      response.writeHead(status, { location: `${other.origin}/v1${request.url.slice('/v1'.length)}` });
      response.end();
    });
    const auth = countingAuth();
    const { client } = testClient(`${home.origin}/v1`, {
      auth,
      headers: { 'x-api-key': 'static-secret', cookie: 'session=cookie-secret', 'x-client': 'tests' },
    });

    const { response } = await client.GET('/groups');
    await unwrap(client.GET('/groups'));

    expect(response.status).toBe(401);
    expect(other.requests).toHaveLength(1);
    const leaked = other.requests[0]!.headers;
    expect([leaked.authorization, leaked['x-api-key'], leaked.cookie]).toEqual([undefined, undefined, undefined]);
    expect(leaked['x-client']).toBe('tests');
    // Asked only for the attempts to the home origin, and the foreign 401 cost no refresh.
    expect(auth.asked).toEqual([home.origin, home.origin]);
    expect(auth.refreshes).toBe(0);
    expect(home.requests.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['/v1/groups', 'Bearer provider-secret'],
      ['/v1/groups', 'Bearer provider-secret'],
    ]);
  });

  it('a 307/308 that would re-send a body to another origin is returned, not followed (a body may hold a credential)', async () => {
    const { fetch, sent } = tableFetch({ 'https://api.example.com/groups': redirectTo(307, 'https://evil.example.net/groups') });
    const { client } = testClient('https://api.example.com', { fetch });

    const { response } = await client.POST('/groups', { body: { name: 'refresh_token-like body' } });

    expect(response.status).toBe(307);
    expect(sent.map((request) => request.url)).toEqual(['https://api.example.com/groups']);
  });

  it('a 308 within the origin moves the base URL and keeps the credentials', async () => {
    const server = await fakeServer((request, response) => {
      if (request.url.startsWith('/v2/')) return json(response, 200, page);
      response.writeHead(308, { location: `/v2${request.url.slice('/v1'.length)}` });
      response.end();
    });
    const { client } = testClient(`${server.origin}/v1`, { auth: staticAuth({ authorization: 'Bearer provider-secret' }) });

    await unwrap(client.GET('/groups'));
    await unwrap(client.GET('/groups'));

    expect(server.requests.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['/v1/groups', 'Bearer provider-secret'],
      ['/v2/groups', 'Bearer provider-secret'],
      ['/v2/groups', 'Bearer provider-secret'],
    ]);
  });

  it('https to http never carries a credential, even to a listed origin or the same host', async () => {
    const { fetch, sent } = tableFetch({
      'https://api.example.com/groups': redirectTo(307, 'http://api.example.com/groups'),
      'https://api.example.com/other': redirectTo(308, 'http://eu.example.com/other'),
    });
    const { client } = testClient('https://api.example.com', {
      fetch,
      auth: staticAuth({ authorization: 'Bearer provider-secret' }),
      trustedOrigins: ['http://api.example.com', 'http://eu.example.com'],
    });

    await client.GET('/groups');
    await client.GET('/groups/{groupId}', { params: { path: { groupId: 'other' } } }).catch(() => undefined);
    await client.request('get', '/other' as '/groups');

    expect(sent.filter((request) => request.url.startsWith('http:')).map((request) => [request.url, request.headers.authorization])).toEqual([
      ['http://api.example.com/groups', undefined],
      ['http://eu.example.com/other', undefined],
    ]);
  });

  it('a chain that passed through a foreign origin carries no credential back to the API', async () => {
    const { fetch, sent } = tableFetch({
      'https://api.example.com/groups': redirectTo(302, 'https://evil.example.net/bounce'),
      'https://evil.example.net/bounce': redirectTo(307, 'https://api.example.com/groups/g1?delete=all'),
    });
    const { client } = testClient('https://api.example.com', { fetch, auth: staticAuth({ authorization: 'Bearer provider-secret' }) });

    await client.GET('/groups');

    expect(sent.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['https://api.example.com/groups', 'Bearer provider-secret'],
      ['https://evil.example.net/bounce', undefined],
      ['https://api.example.com/groups/g1?delete=all', undefined],
    ]);
  });

  it("a permanent redirect to another origin asks the source's authority again, and goes where it then says", async () => {
    const { fetch, sent } = tableFetch({ 'https://old.example.com/groups': redirectTo(308, 'https://evil.example.net/groups') });
    let endpoint = 'https://old.example.com';
    const source = { get: () => endpoint, recheck: () => void (endpoint = 'https://new.example.com') };
    const { client } = testClient(source, { fetch, auth: staticAuth({ authorization: 'Bearer provider-secret' }) });

    await client.GET('/groups');

    expect(sent.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['https://old.example.com/groups', 'Bearer provider-secret'],
      ['https://new.example.com/groups', 'Bearer provider-secret'],
    ]);
  });

  it('a listed origin receives the credentials on a redirect', async () => {
    const { fetch, sent } = tableFetch({ 'https://api.example.com/groups': redirectTo(307, 'https://eu.api.example.com/groups') });
    const { client } = testClient('https://api.example.com', {
      fetch,
      auth: staticAuth({ authorization: 'Bearer provider-secret' }),
      trustedOrigins: ['https://eu.api.example.com/ignored/path'],
    });

    await client.GET('/groups');

    expect(sent.map((request) => request.headers.authorization)).toEqual(['Bearer provider-secret', 'Bearer provider-secret']);
  });

  it('refuses a trustedOrigins entry that is not an http(s) origin, without quoting it', () => {
    const refusal = new TypeError('trustedOrigins: every entry must be an http(s) origin such as https://api.example.com, without user info');
    expect(() => testClient('https://api.example.com', { trustedOrigins: ['not a url secret-ish'] })).toThrow(refusal);
    expect(() => testClient('https://api.example.com', { trustedOrigins: ['ftp://files.example.com'] })).toThrow(refusal);
    expect(() => testClient('https://api.example.com', { trustedOrigins: ['https://user:pw@x.example.com'] })).toThrow(refusal);
  });
});
