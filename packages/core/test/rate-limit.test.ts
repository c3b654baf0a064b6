import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter, unwrap } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { deferred, testClient } from './support/client.js';

describe('RateLimiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows a burst of maxRequests, then one request per interval / maxRequests, in arrival order', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const limiter = new RateLimiter({ maxRequests: 2, intervalMs: 1000 });
    const granted: number[] = [];

    for (let index = 0; index < 5; index++) void limiter.acquire().then(() => granted.push(index));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(499);
    expect(granted).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual([0, 1, 2, 3, 4]);
  });

  it('lets a waiter leave the queue when its signal aborts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const limiter = new RateLimiter({ maxRequests: 1, intervalMs: 1000 });
    const controller = new AbortController();
    await limiter.acquire();

    const leaving = limiter.acquire(controller.signal);
    const staying = limiter.acquire();
    controller.abort(new Error('cancelled'));
    await expect(leaving).rejects.toThrow('cancelled');
    await vi.advanceTimersByTimeAsync(1000);

    await expect(staying).resolves.toBeUndefined();
  });

  it('rejects a limit that allows nothing', () => {
    expect(() => new RateLimiter({ maxRequests: 0, intervalMs: 1000 })).toThrow(RangeError);
  });
});

describe('client rate limiting', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes a slot for every attempt, retries included', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const server = await fakeServer((_request, response, index) =>
      index === 0 ? json(response, 503, {}) : json(response, 200, { groups: [], next_page: null }),
    );
    const retrying = deferred<void>();
    const { client } = testClient(server.origin, {
      rateLimit: { maxRequests: 1, intervalMs: 40 },
      logger: (entry) => entry.status === 503 && retrying.resolve(),
    });

    const call = unwrap(client.GET('/groups'));
    await retrying.promise;
    // The 1 ms backoff is long over, but the limiter holds the retry until the 40 ms window passes.
    await vi.advanceTimersByTimeAsync(39);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await call;

    expect(server.requests).toHaveLength(2);
  });

  it('applies every window of a multi-window limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const firstArrived = deferred<void>();
    const server = await fakeServer((_request, response) => {
      firstArrived.resolve();
      json(response, 200, { groups: [], next_page: null });
    });
    const { client } = testClient(server.origin, {
      // A generous short window and a tight long one (per minute and per hour, scaled down): the tight one wins.
      rateLimit: [
        { maxRequests: 100, intervalMs: 40 },
        { maxRequests: 1, intervalMs: 40 },
      ],
    });

    const calls = Promise.all([unwrap(client.GET('/groups')), unwrap(client.GET('/groups'))]);
    await firstArrived.promise;
    await vi.advanceTimersByTimeAsync(39);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await calls;

    expect(server.requests).toHaveLength(2);
  });
});
