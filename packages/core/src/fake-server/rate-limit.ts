import type { FakeClock } from './clock.js';

/** `maxRequests` per `intervalMs`, as a vendor publishes it (60 a minute, 1 800 an hour). */
export interface PublishedLimit {
  readonly maxRequests: number;
  readonly intervalMs: number;
}

export type LimitDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

export interface ServerRateLimit {
  /** Counts one request under `key` (an account, a connector) unless a limit is full; then when to retry. */
  take(key: string): LimitDecision;
  reset(): void;
}

/**
 * A sliding-window limit on the fake's clock: a request is refused while `maxRequests` requests of the
 * same key fall within the last `intervalMs`, and Retry-After is when the oldest of them leaves the window.
 * Refused requests do not count (the vendors name no penalty).
 */
export function serverRateLimit(limits: readonly PublishedLimit[], clock: FakeClock): ServerRateLimit {
  const seen = new Map<string, number[]>();
  const longest = Math.max(0, ...limits.map((limit) => limit.intervalMs));
  return {
    take(key) {
      const now = clock.now();
      const times = (seen.get(key) ?? []).filter((time) => time > now - longest);
      let wait = 0;
      for (const limit of limits) {
        const inWindow = times.filter((time) => time > now - limit.intervalMs);
        if (inWindow.length >= limit.maxRequests) {
          const oldest = inWindow[inWindow.length - limit.maxRequests] as number;
          wait = Math.max(wait, oldest + limit.intervalMs - now);
        }
      }
      if (wait > 0) {
        seen.set(key, times);
        return { allowed: false, retryAfterMs: wait };
      }
      times.push(now);
      seen.set(key, times);
      return { allowed: true };
    },
    reset: () => seen.clear(),
  };
}

/** Whole seconds for a `Retry-After` header, never 0 for a wait that is not over. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

/** The limit a fake enforces for its `rateLimit` option: the vendor's published limits, none, or the caller's own. */
export function rateLimitFor(option: boolean | readonly PublishedLimit[] | undefined, published: readonly PublishedLimit[], clock: FakeClock): ServerRateLimit | undefined {
  const limits = option === undefined || option === true ? published : option === false ? [] : option;
  for (const limit of limits) {
    if (!(Number.isSafeInteger(limit.maxRequests) && limit.maxRequests >= 1 && limit.intervalMs > 0)) {
      throw new RangeError(`a rate limit is { maxRequests: integer >= 1, intervalMs: > 0 }, got ${JSON.stringify(limit)}`);
    }
  }
  return limits.length === 0 ? undefined : serverRateLimit(limits, clock);
}
