import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestmoClient, type TestmoClientOptions } from '../src/index.js';
import { pageOf } from './support/fake-testmo.js';

function countingClient(options: Partial<TestmoClientOptions> = {}) {
  let sent = 0;
  const client = createTestmoClient({
    baseUrl: 'https://acme.testmo.net',
    token: 'admin-token',
    fetch: async () => {
      sent += 1;
      return Response.json(pageOf(1, 1, 100));
    },
    ...options,
  });
  return { client, sent: () => sent };
}

describe('Testmo rate limiting', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is off by default: Testmo publishes no numbers, so 100 calls go out at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { client, sent } = countingClient();

    const calls = Array.from({ length: 100 }, () => client.GET('/api/v1/groups'));
    await vi.advanceTimersByTimeAsync(0);

    expect(sent()).toBe(100);
    await Promise.all(calls);
  });

  it('applies the limit the caller sets', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { client, sent } = countingClient({ rateLimit: { maxRequests: 2, intervalMs: 1_000 } });

    const calls = Array.from({ length: 3 }, () => client.GET('/api/v1/groups'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent()).toBe(2);
    await vi.advanceTimersByTimeAsync(500);

    expect(sent()).toBe(3);
    await Promise.all(calls);
  });
});
