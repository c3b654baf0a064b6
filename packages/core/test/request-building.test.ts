import { describe, expect, it } from 'vitest';
import { cachedToken, tokenAuth } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { rejectionOf, testClient } from './support/client.js';

const created = { id: 'g1', name: 'Ops' };

/** 503 to the first request, 201 to the next: every body below must reach the server twice, identical. */
const failOnceThenCreate = () =>
  fakeServer((_request, response, index) => (index === 0 ? json(response, 503, { message: 'busy' }) : json(response, 201, created)));

/** Middleware that changes nothing: the client then builds openapi-fetch's real `Request`. */
const passThrough = { onRequest: () => undefined };

describe.each([
  { mode: 'without middleware (the transport gets the serialized parts)', middleware: false },
  { mode: 'with middleware (openapi-fetch builds a real Request)', middleware: true },
])('building the request, $mode', ({ middleware }) => {
  it('sends a JSON body as application/json, and the same bytes again on a retry', async () => {
    const server = await failOnceThenCreate();
    const { client } = testClient(server.origin);
    if (middleware) client.use(passThrough);

    const { data, response } = await client.POST('/groups', { body: { name: 'Ops' }, retry: true });

    expect(response.status).toBe(201);
    expect(data).toEqual(created);
    expect(server.requests.map((request) => [request.headers['content-type'], request.body])).toEqual([
      ['application/json', '{"name":"Ops"}'],
      ['application/json', '{"name":"Ops"}'],
    ]);
  });

  it('reads a streamed body once and re-sends its bytes on a retry', async () => {
    const server = await failOnceThenCreate();
    const { client } = testClient(server.origin, {
      bodySerializer: (body: unknown) =>
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(`name=${(body as { name: string }).name}`));
            controller.close();
          },
        }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (middleware) client.use(passThrough);

    // A Request with a stream body needs duplex: 'half' (fetch's rule); the bytes are read before sending anyway.
    const { response } = await client.POST('/groups', { body: { name: 'Ops' }, retry: true, duplex: 'half' } as never);

    expect(response.status).toBe(201);
    expect(server.requests.map((request) => request.body)).toEqual(['name=Ops', 'name=Ops']);
  });

  it('sends FormData as multipart with a boundary that matches the body, on every attempt', async () => {
    const server = await failOnceThenCreate();
    const { client } = testClient(server.origin, {
      bodySerializer: (body: unknown) => {
        const form = new FormData();
        form.set('name', (body as { name: string }).name);
        return form;
      },
    });
    if (middleware) client.use(passThrough);

    const { response } = await client.POST('/groups', { body: { name: 'Ops' }, retry: true });

    expect(response.status).toBe(201);
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1];
      expect(boundary, request.headers['content-type']).toBeDefined();
      expect(request.body).toBe(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nOps\r\n--${boundary}--\r\n`);
    }
  });

  it.each([
    ['a body on a GET', (client: ReturnType<typeof testClient>['client']) => client.GET('/groups', { body: { name: 'x' } } as never)],
    ['a header value with a line break', (client: ReturnType<typeof testClient>['client']) => client.GET('/groups', { headers: { 'x-note': 'a\r\nb' } })],
    ['a URL that does not parse', (client: ReturnType<typeof testClient>['client']) => client.request('get', ':99999/groups' as never)],
    ['a TRACE, which fetch forbids', (client: ReturnType<typeof testClient>['client']) => client.request('trace', '/groups' as never)],
  ])('refuses %s with a TypeError before anything is sent', async (_name, call) => {
    const server = await fakeServer((_request, response) => json(response, 200, {}));
    const { client, logs } = testClient(server.origin);
    if (middleware) client.use(passThrough);

    const error = await rejectionOf(call(client));

    expect(error).toBeInstanceOf(TypeError);
    expect(server.requests).toEqual([]);
    expect(logs).toEqual([]);
  });
});

describe('a base URL with credentials', () => {
  it.each([false, true])('is refused with a TypeError before anything is sent (middleware: %s)', async (middleware) => {
    const server = await fakeServer((_request, response) => json(response, 200, {}));
    const { client, logs } = testClient(server.origin.replace('http://', 'http://user:pa55word@'));
    if (middleware) client.use(passThrough);

    const error = await rejectionOf(client.GET('/groups'));

    expect(error).toBeInstanceOf(TypeError);
    expect(server.requests).toEqual([]);
    expect(logs).toEqual([]);
  });
});

describe('calls without a signal of their own', () => {
  it('share no signal: many waiting on the rate limiter and a token add no listeners to one signal', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const server = await fakeServer((_request, response) => json(response, 200, { groups: [], next_page: null }));
      const token = cachedToken({ fetch: async () => ({ token: 't', expiresAt: Date.now() + 60_000 }) });
      const { client } = testClient(server.origin, {
        auth: tokenAuth(token, (value) => ({ authorization: `Bearer ${value}` })),
        rateLimit: { maxRequests: 1, intervalMs: 2 },
      });

      const results = await Promise.all(Array.from({ length: 15 }, () => client.GET('/groups')));

      expect(results.map((result) => result.response.status)).toEqual(Array(15).fill(200));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.message)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('middleware', () => {
  it('is handed a real Request, and what it changes is sent, auth headers included', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, { groups: [], next_page: null }));
    const { client } = testClient(server.origin, { headers: { 'x-api-key': 'secret' } });
    const seen: unknown[] = [];
    const tagging = {
      onRequest({ request }: { request: Request }) {
        seen.push(request);
        request.headers.set('x-tag', 'from-middleware');
        return request;
      },
    };
    client.use(tagging);

    await client.GET('/groups', { params: { query: { page: 2 } } });
    client.eject(tagging);
    await client.GET('/groups');

    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.requests.map((request) => [request.url, request.headers['x-tag'], request.headers['x-api-key']])).toEqual([
      ['/groups?page=2', 'from-middleware', 'secret'],
      ['/groups', undefined, 'secret'],
    ]);
  });

  it('registered twice and ejected once, is still registered and still handed a real Request', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, { groups: [], next_page: null }));
    const { client } = testClient(server.origin);
    const seen: unknown[] = [];
    const recording = { onRequest: ({ request }: { request: Request }) => void seen.push(request) };

    client.use(recording, undefined as never);
    client.use(recording);
    client.eject(recording);
    await client.GET('/groups');

    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
  });
});
