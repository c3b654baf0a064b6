import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKoreAiClient, KORE_AI_RATE_LIMITS, type KoreAiClientOptions } from '../src/index.js';
import { emptyPage } from './support/fake-kore-ai.js';

function countingClient(options: Partial<KoreAiClientOptions> = {}) {
  let sent = 0;
  const client = createKoreAiClient({
    baseUrl: 'https://bots.kore.ai/api/public',
    jwt: 'a.b.c',
    fetch: async () => {
      sent += 1;
      return Response.json(emptyPage);
    },
    ...options,
  } as KoreAiClientOptions);
  return { client, sent: () => sent };
}

describe('Kore.ai rate limits', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are the published admin-API limits: 60 a minute and 1 800 an hour', () => {
    expect(KORE_AI_RATE_LIMITS).toEqual([
      { maxRequests: 60, intervalMs: 60_000 },
      { maxRequests: 1_800, intervalMs: 3_600_000 },
    ]);
  });

  it('are on by default: a burst of 60 goes out, the 61st call waits its turn (one a second)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { client, sent } = countingClient();

    const calls = Array.from({ length: 61 }, () => client.GET('/groups'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent()).toBe(60);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent()).toBe(60);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toBe(61);

    const statuses = (await Promise.all(calls)).map((result) => result.response.status);
    expect(statuses).toEqual(Array(61).fill(200));
  });

  it('are off with rateLimit: false', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { client, sent } = countingClient({ rateLimit: false });

    const calls = Array.from({ length: 100 }, () => client.GET('/groups'));
    await vi.advanceTimersByTimeAsync(0);

    expect(sent()).toBe(100);
    await Promise.all(calls);
  });
});
