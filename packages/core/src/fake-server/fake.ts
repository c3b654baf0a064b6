import type { ClockOption, FakeClock } from './clock.js';
import type { FaultInjector } from './faults.js';
import type { PublishedLimit } from './rate-limit.js';
import type { FakeExchange } from './server.js';

/** What every vendor fake takes. */
export interface FakeOptions {
  /** Seeds the generated data: the same seed, the same groups, users and ids. Default 1. */
  readonly seed?: number;
  /** Default `127.0.0.1`. Pass `0.0.0.0` only if other machines must reach the fake. */
  readonly host?: string;
  /** Default 0 (a free port). */
  readonly port?: number;
  /** The clock tokens expire and rate limits count by: `'real'` (default) or `'virtual'` (moves on `fake.clock.advance(ms)`). */
  readonly clock?: ClockOption;
  /**
   * Rate limits answered with 429 and Retry-After: `true` (default) for the vendor's published ones (none
   * for a vendor that publishes none), `false` for none, or limits of your own.
   */
  readonly rateLimit?: boolean | readonly PublishedLimit[];
  /** Keep every exchange in `fake.exchanges` (default true). */
  readonly record?: boolean;
  /** Serve `POST /__fake/fail`, `POST /__fake/clock` and `GET /__fake/state` over HTTP (default false; `group-apis-fake` turns it on). */
  readonly control?: boolean;
}

/** What every vendor fake gives: where it listens, its data, its faults and clock, what it answered. */
export interface FakeHandle<State> {
  /** The URL to point the client at (its `baseUrl`, or what the package README names). */
  readonly url: string;
  /** The service's data, live: change it and the next answer shows it. */
  readonly state: State;
  /** `fail.next(n, { status: 503 } | 'reset' | 'stall')`. */
  readonly fail: FaultInjector;
  readonly clock: FakeClock;
  /** Every request and answer so far, ready for `@group-apis/contract`'s `check()`. */
  readonly exchanges: FakeExchange[];
  close(): Promise<void>;
}
