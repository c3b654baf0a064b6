export interface RateLimitOptions {
  /** Requests allowed per interval; also the burst size. */
  readonly maxRequests: number;
  readonly intervalMs: number;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** A token bucket: bursts up to `maxRequests`, then one request every `intervalMs / maxRequests`, first come first served. */
export class RateLimiter {
  readonly #capacity: number;
  readonly #perMs: number;
  #tokens: number;
  #refilledAt = performance.now();
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RateLimitOptions) {
    if (!(options.maxRequests > 0) || !(options.intervalMs > 0)) {
      throw new RangeError('rateLimit needs maxRequests > 0 and intervalMs > 0');
    }
    this.#capacity = options.maxRequests;
    this.#perMs = options.maxRequests / options.intervalMs;
    this.#tokens = options.maxRequests;
  }

  /** Waits for a slot; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#refill();
    if (this.#waiters.length === 0 && this.#tokens >= 1) {
      this.#tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#schedule();
    });
  }

  #refill(): void {
    const now = performance.now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#refilledAt) * this.#perMs);
    this.#refilledAt = now;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#waiters.length === 0) return;
    const waitMs = Math.max(0, (1 - this.#tokens) / this.#perMs);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#drain();
    }, Math.ceil(waitMs));
  }

  #drain(): void {
    this.#refill();
    while (this.#waiters.length > 0 && this.#tokens >= 1) {
      const waiter = this.#waiters.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.#tokens -= 1;
      waiter.resolve();
    }
    this.#schedule();
  }
}
