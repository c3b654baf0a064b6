import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createTestmoClient, RateLimitedError, unwrap, type RequestLog, type TestmoClientOptions, type TestmoErrorBody } from '../src/index.js';
import { startTestmoFake } from '../src/fake/index.js';
import { pageOf } from './support/fake-testmo.js';

const rateLimited: TestmoErrorBody = { message: 'Too many requests.' };
const firstPage = pageOf(3, 1, 100);

/** A client answered in-process: the n-th request (0-based) gets `replies[n]`, or the first page. */
function scriptedClient(replies: Response[], options: Partial<TestmoClientOptions> = {}) {
  const logs: RequestLog[] = [];
  let sent = 0;
  const client = createTestmoClient({
    baseUrl: 'https://acme.testmo.net',
    token: 'admin-token',
    logger: (entry) => logs.push(entry),
    fetch: async () => replies[sent++] ?? Response.json(firstPage),
    ...options,
  });
  return { client, logs, sent: () => sent };
}

describe('Testmo 429s', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('without Retry-After: waits the 60 s Testmo asks for, then retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, logs, sent } = scriptedClient([Response.json(rateLimited, { status: 429 })]);

    const call = unwrap(client.GET('/api/v1/groups'));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(sent()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(await call).toEqual(firstPage);
    expect(sent()).toBe(2);
    expect(logs.map((entry) => [entry.status, entry.nextAttemptInMs])).toEqual([
      [429, 60_000],
      [200, undefined],
    ]);
  });

  it('with Retry-After: waits what it says', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, sent } = scriptedClient([Response.json(rateLimited, { status: 429, headers: { 'retry-after': '5' } })]);

    const call = unwrap(client.GET('/api/v1/groups'));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sent()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(await call).toEqual(firstPage);
  });

  it('a wait longer than maxRetryAfterMs is not waited out: RateLimitedError after one request', async () => {
    const { client, sent } = scriptedClient([Response.json(rateLimited, { status: 429 })], { retry: { maxRetryAfterMs: 10_000 } });

    const failure = await unwrap(client.GET('/api/v1/groups')).then(() => undefined, (error: unknown) => error);

    expect(failure).toBeInstanceOf(RateLimitedError);
    expect(failure).toMatchObject({ status: 429, attempts: 1, body: rateLimited });
    expect(sent()).toBe(1);
  });

  it('with retry: false, comes back at once', async () => {
    const { client, sent } = scriptedClient([Response.json(rateLimited, { status: 429 })], { retry: false });

    const { error, response } = await client.GET('/api/v1/groups');

    expect(response.status).toBe(429);
    expect(error).toEqual(rateLimited);
    expect(sent()).toBe(1);
  });
});

describe('Testmo server errors', () => {
  it('a 503 is retried with backoff, over HTTP', async () => {
    const fake = await startTestmoFake({ groups: 3 });
    onTestFinished(() => fake.close());
    fake.fail.next(1, { status: 503, body: { message: 'Maintenance.' } });
    const client = createTestmoClient({ baseUrl: fake.url, token: fake.token, retry: { baseDelayMs: 1, maxDelayMs: 2 } });

    const page = await unwrap(client.GET('/api/v1/groups'));

    expect(page.result.map((group) => group.id)).toEqual([1, 2, 3]);
    expect(fake.exchanges.map((exchange) => exchange.status)).toEqual([503, 200]);
  });
});
