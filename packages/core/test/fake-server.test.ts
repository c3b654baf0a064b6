import { afterEach, describe, expect, it } from 'vitest';
import {
  faultQueue,
  rateLimitFor,
  seededRandom,
  serverRateLimit,
  signHs256,
  startFakeServer,
  teamName,
  verifyHs256,
  virtualClock,
  type RunningFakeServer,
} from '../src/fake-server/index.js';

const servers: RunningFakeServer[] = [];
async function server(options: Partial<Parameters<typeof startFakeServer>[0]> = {}) {
  const faults = options.faults ?? faultQueue();
  const started = await startFakeServer({ handle: () => ({ status: 200, body: { ok: true } }), faultBody: (status) => ({ failed: status }), faults, ...options });
  servers.push(started);
  return { ...started, faults };
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.close()));
});

describe('startFakeServer', () => {
  it('listens on 127.0.0.1 on a port the OS picks, and records each exchange for the contract checker', async () => {
    const fake = await server({ handle: (request) => ({ status: 201, headers: { 'X-Seen': request.url.searchParams.get('q') ?? '' }, body: { echo: request.body.toString() } }) });
    expect(fake.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${fake.origin}/things?q=1`, { method: 'POST', body: 'hello', headers: { 'x-test': 'yes' } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ echo: 'hello' });
    const [exchange] = fake.exchanges;
    expect(exchange).toMatchObject({ method: 'POST', url: '/things?q=1', status: 201, injected: false, source: 'fake exchange 1' });
    expect(exchange!.requestHeaders['x-test']).toBe('yes');
    expect(exchange!.requestBody.toString()).toBe('hello');
    expect(exchange!.responseHeaders).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-seen': '1' });
    expect(JSON.parse(exchange!.responseBody.toString())).toEqual({ echo: 'hello' });
  });

  it('plays queued faults in order before the service: a status in the vendor body, a reset, a stall until close', async () => {
    const fake = await server();
    fake.faults.next(1, { status: 503 });
    fake.faults.next(1, { status: 429 });
    fake.faults.next(1, 'reset');
    const first = await fetch(fake.origin);
    expect([first.status, await first.json()]).toEqual([503, { failed: 503 }]);
    const second = await fetch(fake.origin);
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, '1']);
    await expect(fetch(fake.origin)).rejects.toThrow(TypeError);
    expect((await fetch(fake.origin)).status).toBe(200);
    fake.faults.next(1, 'stall');
    const stalled = fetch(fake.origin).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await fake.close();
    expect(await stalled).toBe('dropped');
    expect(fake.exchanges.map((exchange) => [exchange.status, exchange.injected])).toEqual([[503, true], [429, true], [200, false]]);
  });

  it('answers 413 to a body above the limit, and 500 with the reason when the handler throws', async () => {
    const fake = await server({ maxBodyBytes: 10, handle: () => { throw new Error('broken handler'); } });
    expect((await fetch(fake.origin, { method: 'POST', body: 'x'.repeat(11) })).status).toBe(413);
    const failed = await fetch(fake.origin);
    expect([failed.status, await failed.text()]).toEqual([500, 'fake failed: Error: broken handler']);
  });

  it('refuses a port in use with EADDRINUSE', async () => {
    const fake = await server();
    await expect(server({ port: Number(new URL(fake.origin).port) })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('faultQueue', () => {
  it('refuses a count below 1 and a fault it cannot play', () => {
    const faults = faultQueue();
    expect(() => faults.next(0, 'reset')).toThrow(RangeError);
    expect(() => faults.next(1, { status: 99 })).toThrow(TypeError);
    faults.next(3, 'stall');
    expect(faults.pending).toBe(3);
    faults.clear();
    expect(faults.take()).toBeUndefined();
  });
});

describe('serverRateLimit', () => {
  it('refuses the call over each window until its oldest call leaves it, per key', () => {
    const clock = virtualClock(0);
    const limit = serverRateLimit([{ maxRequests: 2, intervalMs: 1_000 }, { maxRequests: 3, intervalMs: 10_000 }], clock);
    expect(limit.take('a')).toEqual({ allowed: true });
    clock.advance(400);
    expect(limit.take('a')).toEqual({ allowed: true });
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(limit.take('b')).toEqual({ allowed: true });
    clock.advance(600);
    expect(limit.take('a')).toEqual({ allowed: true });
    clock.advance(1_000);
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterMs: 8_000 });
  });

  it('is off with false or no published limits, and refuses a limit that makes no sense', () => {
    const clock = virtualClock(0);
    expect(rateLimitFor(false, [{ maxRequests: 1, intervalMs: 1 }], clock)).toBeUndefined();
    expect(rateLimitFor(true, [], clock)).toBeUndefined();
    expect(() => rateLimitFor([{ maxRequests: 0, intervalMs: 1 }], [], clock)).toThrow(RangeError);
  });
});

describe('virtualClock', () => {
  it('moves only when told, and never backwards', () => {
    const clock = virtualClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for the same seed on every run, and refuses a seed that is not an integer', () => {
    const values = (seed: number) => {
      const random = seededRandom(seed);
      return [random.next(), random.int(1, 6), random.uuid(), random.hex(4), random.sample([1, 2, 3, 4, 5], 3)];
    };
    expect(values(42)).toEqual(values(42));
    expect(values(42)).not.toEqual(values(43));
    expect(seededRandom(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => seededRandom(1.5)).toThrow(TypeError);
  });
});

describe('HS256', () => {
  it('verifies what it signed with the same secret only, and nothing with another alg', () => {
    const token = signHs256({ appId: 'cs-1', exp: 1 }, 'secret');
    expect(verifyHs256(token, 'secret')).toEqual({ appId: 'cs-1', exp: 1 });
    expect(verifyHs256(token, 'other')).toBeUndefined();
    const [, payload, signature] = token.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.${signature}`;
    expect(verifyHs256(none, 'secret')).toBeUndefined();
    expect(verifyHs256('not a jwt', 'secret')).toBeUndefined();
  });
});

describe('teamName', () => {
  it('never repeats a name', () => {
    const names = Array.from({ length: 2_000 }, (_, index) => teamName(index));
    expect(new Set(names).size).toBe(2_000);
  });
});
