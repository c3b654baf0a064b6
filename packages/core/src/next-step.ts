import { backoffDelay, isRetryableStatus, parseRetryAfter, type ResolvedRetryOptions } from './retry-policy.js';

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** How one attempt ended. */
export type AttemptOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      /** The `Location` header (redirect statuses only), as sent. */
      readonly location: string | null;
      /** The `Retry-After` header, as sent. */
      readonly retryAfter: string | null;
      /** Whether the attempt carried the client's credentials (it went to a trusted origin). */
      readonly credentialed: boolean;
      /** Whether `Location` leads where credentials do not go (another origin, https to http, or after such a hop). */
      readonly leavesTrust?: boolean;
    }
  /** No response (refused, reset, DNS, TLS). */
  | { readonly kind: 'connection-failed' }
  /** The attempt's timeout fired: before the headers, or while the body was read (a stalled body). */
  | { readonly kind: 'timed-out' }
  /** The body was larger than `maxResponseBytes`. */
  | { readonly kind: 'too-large' }
  /** The caller's signal aborted. */
  | { readonly kind: 'aborted' };

/** Everything the decision depends on besides the outcome: the call so far and the client's settings. */
export interface CallState {
  readonly method: string;
  /** Idempotent, or the call asked for `retry: true`; false when retries are off. */
  readonly mayRetry: boolean;
  readonly retry: ResolvedRetryOptions | false;
  readonly retries: number;
  readonly redirects: number;
  readonly followRedirects: boolean;
  /** The request has a body (a 307/308 would send it again). */
  readonly hasBody: boolean;
  /** The auth provider can refresh, and has not yet in this call. */
  readonly canRefresh: boolean;
  readonly refreshOn: readonly number[];
  /** What the client-wide retry budget would answer to one more retryable failure. */
  readonly budgetAllows: boolean;
  /** A number in [0, 1) for the backoff's jitter. */
  readonly jitter: number;
  /** For `Retry-After` given as an HTTP date. */
  readonly now: number;
}

/** What the retry budget learns from the outcome. */
export type BudgetEffect = 'spend' | 'earn' | 'none';

export type NextStep =
  /** Hand the response to the caller (read its body first, unless it is streamed). */
  | { readonly action: 'return'; readonly budget: BudgetEffect }
  /** Throw the attempt's error (no usable response). */
  | { readonly action: 'throw'; readonly budget: BudgetEffect }
  /** Send again where `Location` says. */
  | { readonly action: 'redirect'; readonly budget: BudgetEffect }
  /** Ask the auth provider to refresh, then send again. */
  | { readonly action: 'refresh'; readonly budget: BudgetEffect }
  /** Send again after `delayMs`. */
  | { readonly action: 'retry'; readonly delayMs: number; readonly budget: BudgetEffect };

/**
 * What happens after an attempt: the whole policy of redirects, auth refresh and retries, with no I/O. In
 * order: a redirect is followed (up to MAX_REDIRECTS; a 307/308 that would re-send a body where credentials
 * do not go is returned instead); a status in `refreshOn` on an attempt that carried the
 * credentials refreshes once; a retryable failure (connection, timeout, 408, 429, 5xx) of a retryable call is
 * retried while retries and budget last, after `Retry-After` (unless longer than `maxRetryAfterMs`) or backoff.
 */
export function nextStep(state: CallState, outcome: AttemptOutcome): NextStep {
  switch (outcome.kind) {
    case 'aborted':
      return { action: 'throw', budget: 'none' };
    case 'too-large':
      return { action: 'throw', budget: 'none' };
    case 'connection-failed':
    case 'timed-out': {
      const delayMs = retryDelay(state, undefined);
      return delayMs === undefined ? { action: 'throw', budget: 'spend' } : { action: 'retry', delayMs, budget: 'spend' };
    }
    case 'response':
      break;
  }
  const { status } = outcome;
  // A body may hold a credential of its own (a refresh token): it is never re-sent where credentials do not go.
  const resendsBody = (status === 307 || status === 308) && state.hasBody;
  const follow = state.followRedirects && state.redirects < MAX_REDIRECTS && !(resendsBody && outcome.leavesTrust);
  if (outcome.location !== null && REDIRECT_STATUSES.has(status) && follow) return { action: 'redirect', budget: 'none' };
  // A foreign host's 401 says nothing about our credentials: it never costs a refresh (a single-use refresh token).
  if (state.canRefresh && outcome.credentialed && state.refreshOn.includes(status)) return { action: 'refresh', budget: 'none' };
  if (!isRetryableStatus(status)) return { action: 'return', budget: 'earn' };
  const defaultRetryAfterMs = status === 429 && state.retry !== false ? state.retry.defaultRetryAfterMs : undefined;
  const delayMs = retryDelay(state, parseRetryAfter(outcome.retryAfter, state.now) ?? defaultRetryAfterMs);
  return delayMs === undefined ? { action: 'return', budget: 'spend' } : { action: 'retry', delayMs, budget: 'spend' };
}

/** The wait before another attempt, or undefined when there is none. */
function retryDelay(state: CallState, retryAfterMs: number | undefined): number | undefined {
  const { retry } = state;
  if (retry === false || !state.mayRetry || !state.budgetAllows || state.retries >= retry.maxRetries) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= retry.maxRetryAfterMs ? retryAfterMs : undefined;
  return backoffDelay(state.retries + 1, retry, () => state.jitter);
}
