import { afterEach, describe, expect, it, vi } from 'vitest';
import { KAIZALA_RATE_LIMIT, createKaizalaClient, type KaizalaClientOptions } from '../src/index.js';

/** A client on an in-process fetch that answers at once; `sent` counts what got past the limiter. */
function countingClient(options: Pick<KaizalaClientOptions, 'rateLimit'> = {}) {
  let sent = 0;
  const client = createKaizalaClient({
    endpointUrl: 'https://inc-001.kaizalamessaging.osi.office.net',
    accessToken: 'token',
    fetch: async () => {
      sent += 1;
      return new Response('{"groups":[]}', { headers: { 'content-type': 'application/json' } });
    },
    ...options,
  });
  return { client, sent: () => sent };
}

describe('Kaizala rate limit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the published 100 calls per minute per connector', () => {
    expect(KAIZALA_RATE_LIMIT).toEqual({ maxRequests: 100, intervalMs: 60_000 });
  });

  it('lets 100 calls through at once, then one every 600 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { client, sent } = countingClient();

    const calls = Array.from({ length: 102 }, () => client.GET('/v1/groups'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent()).toBe(100);
    await vi.advanceTimersByTimeAsync(599);
    expect(sent()).toBe(100);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toBe(101);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent()).toBe(102);
    await Promise.all(calls);
  });

  it('is off with rateLimit: false, and replaced by a limit of your own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const unlimited = countingClient({ rateLimit: false });
    const stricter = countingClient({ rateLimit: { maxRequests: 2, intervalMs: 1_000 } });

    const calls = [
      ...Array.from({ length: 150 }, () => unlimited.client.GET('/v1/groups')),
      ...Array.from({ length: 3 }, () => stricter.client.GET('/v1/groups')),
    ];
    await vi.advanceTimersByTimeAsync(0);

    expect(unlimited.sent()).toBe(150);
    expect(stricter.sent()).toBe(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(stricter.sent()).toBe(3);
    await Promise.all(calls);
  });
});
