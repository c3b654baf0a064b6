import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError, unwrap, type RequestLog } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { deferred, rejectionOf, testClient } from './support/client.js';

const page = { groups: [], next_page: null };

// For APIs that document how long to wait after a 429 that carries no Retry-After (Testmo: 60 s).
describe('retry.defaultRetryAfterMs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits exactly that long after a 429 without Retry-After, then retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 429, { message: 'slow down' }) : json(response, 200, page),
    );
    const retrying = deferred<RequestLog>();
    const { client } = testClient(server.origin, {
      retry: { baseDelayMs: 1, maxDelayMs: 2, defaultRetryAfterMs: 60_000 },
      logger: (entry) => entry.nextAttemptInMs !== undefined && retrying.resolve(entry),
    });

    const call = unwrap(client.GET('/groups'));
    expect((await retrying.promise).nextAttemptInMs).toBe(60_000);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(await call).toEqual(page);
    expect(server.requests).toHaveLength(2);
  });

  it('lets a Retry-After header win over the default', async () => {
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 429, {}, { 'retry-after': '0' }) : json(response, 200, page),
    );
    const { client, logs } = testClient(server.origin, { retry: { defaultRetryAfterMs: 60_000 } });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    expect(logs.map((entry) => entry.nextAttemptInMs)).toEqual([0, undefined]);
  });

  it('is capped by maxRetryAfterMs like the header: no retry, the 429 is returned', async () => {
    const server = await fakeServer((_request, response) => json(response, 429, { message: 'quota' }));
    const { client } = testClient(server.origin, { retry: { defaultRetryAfterMs: 60_000, maxRetryAfterMs: 10_000 } });

    const error = await rejectionOf(unwrap(client.GET('/groups')));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('applies to 429 only: a 503 without Retry-After still backs off', async () => {
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 503, {}) : json(response, 200, page),
    );
    const { client, logs } = testClient(server.origin, { retry: { baseDelayMs: 1, maxDelayMs: 2, defaultRetryAfterMs: 60_000 } });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
    expect(logs[0]?.nextAttemptInMs).toBeLessThanOrEqual(1);
  });

  it('refuses a negative value', () => {
    expect(() => testClient('http://127.0.0.1:1', { retry: { defaultRetryAfterMs: -1 } })).toThrow(
      new RangeError('retry: defaultRetryAfterMs must be >= 0'),
    );
  });
});
