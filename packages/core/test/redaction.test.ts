import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionError, NotFoundError, REDACTED, Redactor, createClient, staticAuth, unwrap } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { rejectionOf, testClient } from './support/client.js';
import type { paths } from './support/paths.js';

const SECRETS = ['query-secret', 'header-secret', 'cookie-secret', 'body-secret', 'static-secret', 'vendor-secret', 'userinfo-secret'];

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('redaction', () => {
  it('keeps secrets out of log lines', async () => {
    const server = await fakeServer((_request, response) => json(response, 503, {}));
    const { client, logs } = testClient(server.origin, {
      auth: staticAuth({ auth: 'header-secret' }),
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });

    await client.GET('/groups', { params: { query: { page: 2, accessToken: 'query-secret' } } });

    expect(logs.map((entry) => entry.url)).toEqual(Array(2).fill(`${server.origin}/groups?page=2&accessToken=${REDACTED}`));
    expectNoSecrets(JSON.stringify(logs));
    expectNoSecrets(inspect(logs, { depth: 10 }));
  });

  it('keeps secrets out of error messages, toString, inspect and JSON, while the body stays readable', async () => {
    const server = await fakeServer((_request, response) =>
      json(response, 404, { message: 'no such group', refresh_token: 'body-secret' }, { 'set-cookie': 'session=cookie-secret' }),
    );
    const { client } = testClient(server.origin, { auth: staticAuth({ authorization: 'Bearer header-secret' }) });

    const error = await rejectionOf(unwrap(client.GET('/groups', { params: { query: { accessToken: 'query-secret' } } })));

    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError<{ message: string; refresh_token: string }>;
    expectNoSecrets(notFound.message);
    expectNoSecrets(String(notFound));
    expectNoSecrets(notFound.stack ?? '');
    expectNoSecrets(inspect(notFound, { depth: 10 }));
    expectNoSecrets(JSON.stringify(notFound));
    expectNoSecrets(JSON.stringify({ ...notFound }));
    expect(notFound.headers['set-cookie']).toBe(REDACTED);
    expect(inspect(notFound)).toContain('no such group');
    expect(notFound.body.refresh_token).toBe('body-secret');
  });

  it('keeps secrets out of the inspected client, including configured secret header names', () => {
    const client = createClient<paths>({
      baseUrl: 'https://user:userinfo-secret@api.example.test/v1?token=query-secret',
      headers: { 'x-api-key': 'static-secret', 'x-vendor-signature': 'vendor-secret', 'x-client': 'tests' },
      secretHeaders: ['x-vendor-signature'],
      auth: staticAuth({ auth: 'header-secret' }),
    });

    expectNoSecrets(inspect(client, { depth: 10 }));
    expectNoSecrets(String(client));
    expect(inspect(client)).toContain("'x-client': 'tests'");
  });
});

describe('ConnectionError', () => {
  it("keeps user info and secret query values out of the message when fetch's error quotes the URL", async () => {
    const fetchError = new TypeError('fetch failed: https://user:pa55word@api.test/groups?token=abc&page=2 is unreachable');
    const client = createClient<paths>({ baseUrl: 'https://api.test', retry: false, fetch: () => Promise.reject(fetchError) });

    const error = await client.GET('/groups').catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      `GET https://api.test/groups failed: fetch failed: https://${REDACTED}@api.test/groups?token=${REDACTED}&page=2 is unreachable`,
    );
  });
});

describe('Redactor', () => {
  const redactor = new Redactor(['x-vendor-sig']);

  it('matches secret names whatever their case and separators', () => {
    for (const name of ['Authorization', 'auth', 'accessToken', 'ACCESS_TOKEN', 'refresh-token', 'X-Api-Key', 'Set-Cookie', 'x_vendor_sig']) {
      expect(redactor.isSecret(name), name).toBe(true);
    }
    for (const name of ['content-type', 'x-request-id', 'page', 'author']) expect(redactor.isSecret(name), name).toBe(false);
  });

  it('redacts credentials, secret query values and fragments in URLs, and never throws', () => {
    expect(redactor.url('https://me:pw@host.test/a?page=2&api_key=k&Token=t#access_token=x')).toBe(
      `https://${REDACTED}@host.test/a?page=2&api_key=${REDACTED}&Token=${REDACTED}`,
    );
    expect(redactor.url('not a url?token=t')).toBe(`not a url?${REDACTED}`);
  });

  it('gives each URL its own redaction when calls alternate between URLs (it remembers the last one)', () => {
    const fresh = new Redactor();
    const urls = ['https://h.test/a?token=1', 'https://h.test/a?page=1', 'https://h.test/a?token=1', new URL('https://h.test/b?api_key=2')];
    expect(urls.map((url) => fresh.url(url))).toEqual([
      `https://h.test/a?token=${REDACTED}`,
      'https://h.test/a?page=1',
      `https://h.test/a?token=${REDACTED}`,
      `https://h.test/b?api_key=${REDACTED}`,
    ]);
  });

  it('redacts secret fields at any depth of a body, cycles included', () => {
    const body: Record<string, unknown> = { user: { name: 'a', password: 'p' }, list: [{ jwt: 'j' }] };
    body['self'] = body;

    expect(redactor.deep(body)).toEqual({
      user: { name: 'a', password: REDACTED },
      list: [{ jwt: REDACTED }],
      self: '[Circular]',
    });
  });
});
