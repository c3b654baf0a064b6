/**
 * What the next requests meet instead of the service: an HTTP answer of your choosing (`{ status: 503 }`;
 * the fake writes its vendor's error body unless you give one), `'reset'` (the connection is destroyed
 * before any answer: ECONNRESET), or `'stall'` (no answer at all until the fake closes: a client timeout).
 */
export type Fault =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>> }
  | 'reset'
  | 'stall';

export interface FaultInjector {
  /** The next `count` requests (default 1) get `fault`, after any already queued. */
  next(count: number, fault: Fault): void;
  /** Drops every queued fault. */
  clear(): void;
  /** How many requests still get a fault. */
  readonly pending: number;
}

export interface FaultQueue extends FaultInjector {
  /** The fault for the request being answered, if one is queued (it is used up). */
  take(): Fault | undefined;
}

function checked(count: number, fault: Fault): void {
  if (!(Number.isSafeInteger(count) && count >= 1)) throw new RangeError(`fail.next(count, ...) takes an integer >= 1, got ${String(count)}`);
  if (fault === 'reset' || fault === 'stall') return;
  if (typeof fault !== 'object' || fault === null || !Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599) {
    throw new TypeError(`fail.next(count, fault): fault is { status: 100..599 }, 'reset' or 'stall', got ${JSON.stringify(fault)}`);
  }
}

export function faultQueue(): FaultQueue {
  const queue: Fault[] = [];
  return {
    next(count, fault) {
      checked(count, fault);
      for (let index = 0; index < count; index += 1) queue.push(fault);
    },
    clear() {
      queue.length = 0;
    },
    get pending() {
      return queue.length;
    },
    take: () => queue.shift(),
  };
}
