export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly maxRetries?: number;
  /** First backoff delay; doubles each retry, with jitter. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Ceiling of a backoff delay. Default 8 s. */
  readonly maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited out: the response is returned as is. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /**
   * The wait a 429 without a `Retry-After` header asks for, for APIs that document one; it is then
   * treated exactly like that header (capped by `maxRetryAfterMs`). Default: none, so backoff applies.
   */
  readonly defaultRetryAfterMs?: number;
  /** Client-wide retry throttling, or false for none. Default `{ maxTokens: 10, tokenRatio: 0.1 }`. */
  readonly budget?: RetryBudgetOptions | false;
}

/** gRPC-style retry throttling: retries stop while more than half the tokens are spent. */
export interface RetryBudgetOptions {
  /** Starting (and maximum) token count; each retryable failure spends one. */
  readonly maxTokens: number;
  /** Tokens earned back by each attempt that does not fail retryably. */
  readonly tokenRatio: number;
}

export type ResolvedRetryOptions = Required<Omit<RetryOptions, 'budget' | 'defaultRetryAfterMs'>> & {
  readonly budget: RetryBudgetOptions | false;
  readonly defaultRetryAfterMs?: number | undefined;
};

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  budget: { maxTokens: 10, tokenRatio: 0.1 },
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** `Retry-After` in milliseconds from now, in either form (delay-seconds or HTTP-date). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": between half and all of the capped exponential delay. */
export function backoffDelay(retry: number, options: Pick<ResolvedRetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return exponential / 2 + (random() * exponential) / 2;
}

export class RetryBudget {
  readonly #options: RetryBudgetOptions;
  #tokens: number;

  constructor(options: RetryBudgetOptions) {
    this.#options = options;
    this.#tokens = options.maxTokens;
  }

  /** What `spend()` would answer now, without spending. */
  allowsRetry(): boolean {
    return Math.max(0, this.#tokens - 1) > this.#options.maxTokens / 2;
  }

  /** Records a retryable failure; true when the budget still allows retrying it. */
  spend(): boolean {
    this.#tokens = Math.max(0, this.#tokens - 1);
    return this.#tokens > this.#options.maxTokens / 2;
  }

  earn(): void {
    this.#tokens = Math.min(this.#options.maxTokens, this.#tokens + this.#options.tokenRatio);
  }
}
