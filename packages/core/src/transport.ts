import type { AuthHeaders, AuthProvider, AuthRequest } from './auth.js';
import { removeTrailingSlash, type BaseUrlSource } from './base-url.js';
import { followRedirect, MAX_REDIRECTS, redirectLocation, type Outgoing, type Target } from './redirect.js';
import { ConnectionError, TimeoutError } from './errors.js';
import type { Fetch, Logger, RequestLog } from './options.js';
import { PlainRequest, resendableBody } from './plain-request.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Redactor } from './redact.js';
import { requestIdOf, setResponseMeta } from './response-meta.js';
import {
  backoffDelay,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  type ResolvedRetryOptions,
  type RetryBudget,
} from './retry-policy.js';
import { sleep } from './sleep.js';

export interface TransportConfig {
  readonly baseUrl: BaseUrlSource;
  /** The base openapi-fetch builds URLs on; swapped for the resolved base URL on every attempt. */
  readonly builtOn: string;
  readonly auth: AuthProvider | undefined;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryOptions | false;
  readonly budget: RetryBudget | undefined;
  readonly limiters: readonly RateLimiter[];
  readonly logger: Logger | undefined;
  readonly redactor: Redactor;
  readonly requestIdHeaders: readonly string[];
  readonly fetch: Fetch;
  readonly followRedirects: boolean;
}

export interface CallSettings {
  readonly timeoutMs?: number | undefined;
  readonly retry?: boolean | undefined;
  /** The caller's own signal: `request.signal` is a copy that Node 20 can disconnect after GC. */
  readonly signal?: AbortSignal | undefined;
}

const DEFAULT_REFRESH_ON: readonly number[] = [401];

/** The timeout of the attempt behind each returned response, disarmed by `bodyRead`. */
const timers = new WeakMap<Response, AttemptSignal>();

/**
 * Sends one openapi-fetch request: resolves the base URL, authenticates, rate-limits, times out,
 * retries, follows redirects and logs every attempt. Returns the final response (whatever its
 * status); throws only when no usable response arrived.
 */
export async function send(config: TransportConfig, request: Request | PlainRequest, call: CallSettings = {}): Promise<Response> {
  const { redactor } = config;
  const signal = call.signal ?? (request instanceof PlainRequest ? undefined : request.signal);
  signal?.throwIfAborted();
  // Auth providers are promised a signal; one is made (once per call) only if a provider reads it.
  let unabortable: AbortSignal | undefined;
  const providerSignal = (): AbortSignal => signal ?? (unabortable ??= new AbortController().signal);
  const timeoutMs = call.timeoutMs ?? config.timeoutMs;
  const retry = config.retry;
  const mayRetry = retry !== false && (call.retry ?? isIdempotent(request.method));
  let outgoing: Outgoing = {
    target: targetOf(request.url, config.builtOn),
    method: request.method,
    // A PlainRequest's headers are openapi-fetch's fresh copy for this call: no other code holds them.
    headers: request instanceof PlainRequest ? request.headers : new Headers(request.headers),
    // Read (or kept, where it can be sent again) once for every retry and redirect.
    body: await resendableBody(request),
  };
  let attempt = 0;
  let retries = 0;
  let redirects = 0;
  let refreshed = false;

  /** Spends retry budget for a retryable failure; the delay before the next attempt, or undefined for none. */
  const retryDelay = (retryAfterMs: number | undefined): number | undefined => {
    const budgetAllows = config.budget ? config.budget.spend() : true;
    if (retry === false || !mayRetry || !budgetAllows || retries >= retry.maxRetries) return undefined;
    if (retryAfterMs !== undefined) return retryAfterMs <= retry.maxRetryAfterMs ? retryAfterMs : undefined;
    return backoffDelay(retries + 1, retry);
  };

  for (;;) {
    attempt += 1;
    const { target, method } = outgoing;
    const base = target.kind === 'base' ? removeTrailingSlash(await config.baseUrl.get()) : undefined;
    const url = target.kind === 'base' ? `${base}${target.path}` : target.url;
    for (const limiter of config.limiters) await limiter.acquire(signal);
    const authHeaders: AuthHeaders = config.auth ? await config.auth.headers(authRequest(method, url, attempt, providerSignal)) : NO_HEADERS;
    const sentHeaders = withHeaders(outgoing.headers, authHeaders);

    const timer = new AttemptSignal(signal, timeoutMs, () => new TimeoutError({ method, url, timeoutMs, attempts: attempt, redactor }));
    const startedAt = performance.now();
    // The redacted URL is built only when there is a logger to read it: this runs on every attempt.
    const log = (outcome: Omit<RequestLog, 'method' | 'url' | 'attempt'>): void => {
      if (!config.logger) return;
      try {
        config.logger({ method, url: redactor.url(url), attempt, ...outcome });
      } catch {
        // A broken log sink must not turn a successful call into a failed one.
      }
    };
    let response: Response;
    try {
      // URL and init, not a Request: undici loses the abort of a copied Request after GC (undici#4068).
      response = await config.fetch(url, {
        method,
        headers: sentHeaders,
        body: outgoing.body ?? null,
        signal: timer.signal,
        redirect: 'manual',
      });
    } catch (cause) {
      timer.clear();
      const durationMs = performance.now() - startedAt;
      const failed = { status: undefined, durationMs, requestId: undefined };
      if (signal?.aborted) {
        log({ ...failed, error: asError(signal.reason), nextAttemptInMs: undefined });
        throw signal.reason;
      }
      const error = timer.timedOut
        ? (timer.signal?.reason as TimeoutError)
        : new ConnectionError({ method, url, cause, attempts: attempt, redactor });
      const delay = retryDelay(undefined);
      log({ ...failed, error, nextAttemptInMs: delay });
      if (delay === undefined) throw error;
      await sleep(delay, signal);
      retries += 1;
      continue;
    }

    const { status } = response;
    const responded = {
      status,
      durationMs: performance.now() - startedAt,
      requestId: requestIdOf(response.headers, config.requestIdHeaders),
      error: undefined,
    };
    const location = redirectLocation(response);
    if (location !== null && config.followRedirects && redirects < MAX_REDIRECTS) {
      await discard(response, timer);
      log({ ...responded, nextAttemptInMs: 0 });
      redirects += 1;
      outgoing = await followRedirect(outgoing, { status, location, url, base }, config.baseUrl, redactor);
      continue;
    }

    const refreshOn = config.auth?.refreshOn ?? DEFAULT_REFRESH_ON;
    if (config.auth?.refresh && !refreshed && refreshOn.includes(status)) {
      await discard(response, timer);
      log({ ...responded, nextAttemptInMs: 0 });
      refreshed = true;
      await config.auth.refresh({ status, headers: authHeaders, method, url: new URL(url) });
      continue;
    }

    if (isRetryableStatus(status)) {
      const defaultRetryAfterMs = status === 429 && retry !== false ? retry.defaultRetryAfterMs : undefined;
      const delay = retryDelay(parseRetryAfter(response.headers.get('retry-after')) ?? defaultRetryAfterMs);
      if (delay !== undefined) {
        await discard(response, timer);
        log({ ...responded, nextAttemptInMs: delay });
        await sleep(delay, signal);
        retries += 1;
        continue;
      }
    } else {
      config.budget?.earn();
    }

    log({ ...responded, nextAttemptInMs: undefined });
    if (response.body && timer.armed) timers.set(response, timer);
    else timer.clear();
    setResponseMeta(response, { method, url, requestId: responded.requestId, attempts: attempt, redactor });
    return response;
  }
}

const NO_HEADERS: AuthHeaders = Object.freeze({});

/** The outgoing headers plus the auth headers; the outgoing ones stay as they are for the next attempt. */
function withHeaders(headers: Headers, extra: AuthHeaders): Headers {
  const names = Object.keys(extra);
  if (names.length === 0) return headers;
  const merged = new Headers(headers);
  for (const name of names) merged.set(name, extra[name]!);
  return merged;
}

/** The provider's view of the attempt; `url` is parsed, and `signal` made, only if the provider reads it. */
function authRequest(method: string, url: string, attempt: number, signal: () => AbortSignal): AuthRequest {
  let parsed: URL | undefined;
  return {
    method,
    attempt,
    get signal() {
      return signal();
    },
    get url() {
      return (parsed ??= new URL(url));
    },
  };
}

function targetOf(requestUrl: string, builtOn: string): Target {
  const rest = requestUrl.slice(builtOn.length);
  const onBase = requestUrl.startsWith(builtOn) && (rest === '' || rest.startsWith('/') || rest.startsWith('?'));
  return onBase ? { kind: 'base', path: rest } : { kind: 'url', url: requestUrl };
}

/**
 * One attempt's signal: aborted by the caller's signal or by the attempt timeout; none at all when neither can
 * happen. (Not `AbortSignal.any`: on Node 20 its result can be garbage-collected while fetch still waits on it,
 * and the abort is then lost.)
 */
class AttemptSignal {
  readonly #controller: AbortController | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onCallerAbort = (): void => this.#controller?.abort(this.#caller?.reason);

  constructor(caller: AbortSignal | undefined, timeoutMs: number, timeoutReason: () => Error) {
    const timed = Number.isFinite(timeoutMs);
    if (caller === undefined && !timed) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.#caller = caller;
    caller?.addEventListener('abort', this.#onCallerAbort, { once: true });
    if (timed) {
      this.#timer = setTimeout(() => controller.abort(timeoutReason()), timeoutMs);
      // An unread response must not keep the process alive until the timer fires.
      (this.#timer as { unref?: () => void }).unref?.();
    }
  }

  get signal(): AbortSignal | undefined {
    return this.#controller?.signal;
  }

  /** Whether anything is left to disarm once the body has been read. */
  get armed(): boolean {
    return this.#controller !== undefined;
  }

  get timedOut(): boolean {
    return this.#controller !== undefined && this.#controller.signal.aborted && !this.#caller?.aborted;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }
}

async function discard(response: Response, timer: AttemptSignal): Promise<void> {
  timer.clear();
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Disarms the timeout of the attempt that produced this response, once its body has been read.
 * Until then the timeout covers the body too, so a body that stalls fails instead of hanging.
 */
export function bodyRead(response: Response): void {
  timers.get(response)?.clear();
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
