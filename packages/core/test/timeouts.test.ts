import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, unwrap, type RequestLog } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { deferred, rejectionOf, testClient } from './support/client.js';

const page = { groups: [], next_page: null };

describe('timeouts and cancellation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('times out a response slower than timeoutMs, once per attempt, then throws TimeoutError', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const arrivals = [deferred<void>(), deferred<void>()];
    const firstTimedOut = deferred<void>();
    // Never answers; the test's end closes the sockets.
    const server = await fakeServer((_request, _response, index) => arrivals[index]?.resolve());
    const logs: RequestLog[] = [];
    const { client } = testClient(server.origin, {
      timeoutMs: 30,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      logger: (entry) => {
        logs.push(entry);
        firstTimedOut.resolve();
      },
    });

    const failure = rejectionOf(client.GET('/groups'));
    await arrivals[0]?.promise;
    await vi.advanceTimersByTimeAsync(30);
    await firstTimedOut.promise;
    await vi.advanceTimersByTimeAsync(1);
    await arrivals[1]?.promise;
    await vi.advanceTimersByTimeAsync(30);
    const error = await failure;

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30, attempts: 2, method: 'GET', url: `${server.origin}/groups` });
    expect(server.requests).toHaveLength(2);
    expect(logs.map((entry) => entry.error?.name)).toEqual(['TimeoutError', 'TimeoutError']);
  });

  it('lets a call override the client timeout', async () => {
    const server = await fakeServer((_request, response) => setTimeout(() => json(response, 200, page), 60));
    const { client } = testClient(server.origin, { timeoutMs: 10, retry: false });

    expect(await unwrap(client.GET('/groups', { timeoutMs: 2_000 }))).toEqual(page);
    expect(await rejectionOf(client.GET('/groups'))).toBeInstanceOf(TimeoutError);
  });

  it('times out a body that stalls after the headers: TimeoutError with the status, logged with its error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = await fakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"groups":[');
    });
    const headersArrived = deferred<void>();
    const { client, logs } = testClient(server.origin, {
      timeoutMs: 40,
      retry: false,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        headersArrived.resolve();
        return response;
      },
    });

    const failure = rejectionOf(client.GET('/groups'));
    await headersArrived.promise;
    await vi.advanceTimersByTimeAsync(40);
    const error = await failure;

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ status: 200, timeoutMs: 40, message: `GET ${server.origin}/groups timed out after 40 ms reading the body of its 200 response` });
    // One line per attempt, written once the body was read or given up: never a plain "200" for a stalled body.
    expect(logs.map((entry) => [entry.status, entry.error?.name, entry.nextAttemptInMs])).toEqual([[200, 'TimeoutError', undefined]]);
  });

  it('retries a GET whose body stalled like any timed-out attempt, and does not retry a POST', async () => {
    const stall = (response: import('node:http').ServerResponse): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"groups":[');
    };
    const server = await fakeServer((request, response, index) => (index < 2 || request.method === 'POST' ? stall(response) : json(response, 200, page)));
    const { client, logs } = testClient(server.origin, { timeoutMs: 400 });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    expect(logs.map((entry) => [entry.attempt, entry.status, entry.error?.name, entry.nextAttemptInMs === undefined])).toEqual([
      [1, 200, 'TimeoutError', false],
      [2, 200, 'TimeoutError', false],
      [3, 200, undefined, true],
    ]);

    const postFailure = await rejectionOf(client.POST('/groups', { body: { name: 'Ops' } }));
    expect(postFailure).toBeInstanceOf(TimeoutError);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  });

  it("rejects with the caller's abort reason as soon as the caller aborts a request in flight", async () => {
    const arrived = deferred<void>();
    const server = await fakeServer(() => arrived.resolve());
    const { client, logs } = testClient(server.origin);
    const controller = new AbortController();

    const call = client.GET('/groups', { signal: controller.signal });
    await arrived.promise;
    controller.abort();

    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
    expect(logs).toHaveLength(1);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const server = await fakeServer((_request, response) => json(response, 503, {}, { 'retry-after': '30' }));
    const retrying = deferred<void>();
    const { client } = testClient(server.origin, { logger: (entry) => entry.nextAttemptInMs === 30_000 && retrying.resolve() });
    const controller = new AbortController();

    const call = client.GET('/groups', { signal: controller.signal });
    await retrying.promise;
    controller.abort(new Error('user left'));

    expect(await rejectionOf(call)).toMatchObject({ message: 'user left' });
    expect(server.requests).toHaveLength(1);
  });

  it('still delivers a timeout and a caller abort after a garbage collection (undici#4068)', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'vitest.config.ts runs the tests with --expose-gc').toBeTypeOf('function');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const arrivals = [deferred<void>(), deferred<void>()];
    const server = await fakeServer((_request, _response, index) => arrivals[index]?.resolve());
    const { client } = testClient(server.origin, { timeoutMs: 1_000, retry: false });
    const controller = new AbortController();

    const timedOut = rejectionOf(client.GET('/groups'));
    const aborted = rejectionOf(client.GET('/groups', { signal: controller.signal }));
    await Promise.all(arrivals.map((arrival) => arrival.promise));
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
    controller.abort();
    await vi.advanceTimersByTimeAsync(1_000);

    expect(await timedOut).toBeInstanceOf(TimeoutError);
    expect(await aborted).toMatchObject({ name: 'AbortError' });
  });

  it('does not send at all when the signal is already aborted', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, page));
    const { client } = testClient(server.origin);

    const error = await rejectionOf(client.GET('/groups', { signal: AbortSignal.abort() }));

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
