import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  RateLimitedError,
  ServerError,
  unwrap,
  type RequestLog,
} from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { deferred, rejectionOf, testClient } from './support/client.js';

const page = { groups: [{ id: 'g1', name: 'Ops' }], next_page: null };

describe('retries', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits out a 429 Retry-After given in seconds, then succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 429, { message: 'slow down' }, { 'retry-after': '3' }) : json(response, 200, page),
    );
    const retrying = deferred<RequestLog>();
    const { client } = testClient(server.origin, {
      logger: (entry) => entry.nextAttemptInMs !== undefined && retrying.resolve(entry),
    });

    const call = unwrap(client.GET('/groups'));
    expect((await retrying.promise).nextAttemptInMs).toBe(3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(await call).toEqual(page);
    expect(server.requests).toHaveLength(2);
  });

  it('waits out a 429 Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const server = await fakeServer((_request, response, index) =>
      index === 0
        ? json(response, 429, {}, { 'retry-after': new Date(Date.now() + 2000).toUTCString() })
        : json(response, 200, page),
    );
    const retrying = deferred<RequestLog>();
    const { client } = testClient(server.origin, {
      logger: (entry) => entry.nextAttemptInMs !== undefined && retrying.resolve(entry),
    });

    const call = unwrap(client.GET('/groups'));
    expect((await retrying.promise).nextAttemptInMs).toBe(2000);
    await vi.advanceTimersByTimeAsync(2000);

    expect(await call).toEqual(page);
    expect(server.requests).toHaveLength(2);
  });

  it('does not wait out a Retry-After beyond the cap: one attempt, RateLimitedError with the delay', async () => {
    const server = await fakeServer((_request, response) => json(response, 429, { message: 'quota' }, { 'retry-after': '3600' }));
    const { client } = testClient(server.origin, { retry: { maxRetryAfterMs: 60_000 } });

    const error = await rejectionOf(unwrap(client.GET('/groups')));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, attempts: 1, body: { message: 'quota' } });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 503 and returns the 200 that follows', async () => {
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 503, { message: 'busy' }) : json(response, 200, page),
    );
    const { client, logs } = testClient(server.origin);

    const { data, response } = await client.GET('/groups');

    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    expect(server.requests).toHaveLength(2);
    expect(logs.map((entry) => [entry.attempt, entry.status])).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });

  it('gives up after maxRetries and throws ServerError carrying the last response', async () => {
    const server = await fakeServer((_request, response) => json(response, 502, { message: 'bad gateway' }, { 'x-request-id': 'req-9' }));
    const { client } = testClient(server.origin, { retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 } });

    const error = await rejectionOf(unwrap(client.GET('/groups')));

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, attempts: 4, requestId: 'req-9', body: { message: 'bad gateway' } });
    expect(server.requests).toHaveLength(4);
  });

  it('retries a GET whose connection was reset', async () => {
    const server = await fakeServer((_request, response, index, raw) =>
      index === 0 ? raw.socket.destroy() : json(response, 200, page),
    );
    const { client, logs } = testClient(server.origin);

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    expect(server.requests).toHaveLength(2);
    expect(logs[0]?.error).toBeInstanceOf(ConnectionError);
  });

  it('does not retry a POST whose connection was reset: ConnectionError after one attempt', async () => {
    const server = await fakeServer((_request, _response, _index, raw) => raw.socket.destroy());
    const { client } = testClient(server.origin);

    const error = await rejectionOf(client.POST('/groups', { body: { name: 'Ops' } }));

    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ method: 'POST', status: undefined, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a POST answered 503', async () => {
    const server = await fakeServer((_request, response) => json(response, 503, { message: 'busy' }));
    const { client } = testClient(server.origin);

    const error = await rejectionOf(unwrap(client.POST('/groups', { body: { name: 'Ops' } })));

    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a POST when the call opts in, re-sending its body intact', async () => {
    const server = await fakeServer((request, response, index) =>
      index < 2 ? json(response, 503, {}) : json(response, 201, { id: 'g2', ...JSON.parse(request.body) }),
    );
    const { client } = testClient(server.origin);

    const created = await unwrap(client.POST('/groups', { body: { name: 'Ops ✓' }, retry: true }));

    expect(created).toEqual({ id: 'g2', name: 'Ops ✓' });
    expect(server.requests.map((request) => request.body)).toEqual(Array(3).fill('{"name":"Ops ✓"}'));
    expect(server.requests.map((request) => request.headers['content-type'])).toEqual(Array(3).fill('application/json'));
  });

  it('never retries a call that opts out, nor any call of a client with retry: false', async () => {
    const server = await fakeServer((_request, response) => json(response, 500, {}));
    const { client } = testClient(server.origin);
    const { client: noRetries } = testClient(server.origin, { retry: false });

    await client.GET('/groups', { retry: false });
    await noRetries.GET('/groups');

    expect(server.requests).toHaveLength(2);
  });

  it('stops retrying when the client-wide retry budget is spent', async () => {
    const server = await fakeServer((_request, response) => json(response, 503, {}));
    // 4 tokens: a retry is allowed only while more than 2 remain after a failure.
    const { client } = testClient(server.origin, {
      retry: { maxRetries: 10, baseDelayMs: 1, maxDelayMs: 1, budget: { maxTokens: 4, tokenRatio: 1 } },
    });

    await client.GET('/groups');
    expect(server.requests).toHaveLength(2);

    await client.GET('/groups');
    expect(server.requests).toHaveLength(3);
  });
});
