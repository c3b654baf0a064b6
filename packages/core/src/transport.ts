import type { AuthHeaders, AuthProvider, AuthRequest } from './auth.js';
import { removeTrailingSlash, type BaseUrlSource } from './base-url.js';
import { sendableHeaderValue, UNSENDABLE_VALUE } from './credential-values.js';
import { ConnectionError, ResponseTooLargeError, TimeoutError } from './errors.js';
import { nextStep, type AttemptOutcome, type CallState, type NextStep } from './next-step.js';
import type { Fetch, Logger, RequestLog } from './options.js';
import type { OriginPolicy } from './origins.js';
import { PlainRequest, resendableBody } from './plain-request.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Redactor } from './redact.js';
import { followRedirect, trustedHop, withoutSecrets, type Outgoing, type Target } from './redirect.js';
import { announcedTooLarge, bufferedResponse, limitedStream, SizeLimitExceeded } from './response-size.js';
import { requestIdOf, setResponseMeta } from './response-meta.js';
import { isIdempotent, isRetryableStatus, type ResolvedRetryOptions, type RetryBudget } from './retry-policy.js';
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
  readonly origins: OriginPolicy;
  readonly maxResponseBytes: number;
}

export interface CallSettings {
  readonly timeoutMs?: number | undefined;
  readonly retry?: boolean | undefined;
  /** The caller's own signal: `request.signal` is a copy that Node 20 can disconnect after GC. */
  readonly signal?: AbortSignal | undefined;
  /**
   * 'buffer' (default): the body is read inside the attempt, so a body that stalls is a timed-out attempt
   * (retried like any timeout). 'stream': the body is handed over unread, counted against the size limit.
   */
  readonly body?: 'buffer' | 'stream' | undefined;
}

const DEFAULT_REFRESH_ON: readonly number[] = [401];

/**
 * Sends one openapi-fetch request: resolves the base URL, authenticates (only towards the origins the
 * credentials belong to), rate-limits, times out, reads the body within the size limit, and performs what
 * `nextStep` decides after each attempt (redirect, refresh, retry, give up), logging every attempt. Returns
 * the final response (whatever its status); throws only when no usable response arrived.
 */
export async function send(config: TransportConfig, request: Request | PlainRequest, call: CallSettings = {}): Promise<Response> {
  const { redactor } = config;
  const signal = call.signal ?? (request instanceof PlainRequest ? undefined : request.signal);
  signal?.throwIfAborted();
  // Auth providers are promised a signal; one is made (once per call) only if a provider reads it.
  let unabortable: AbortSignal | undefined;
  const providerSignal = (): AbortSignal => signal ?? (unabortable ??= new AbortController().signal);
  const timeoutMs = call.timeoutMs ?? config.timeoutMs;
  const streamed = call.body === 'stream';
  let outgoing: Outgoing = {
    target: targetOf(request.url, config.builtOn),
    method: request.method,
    // A PlainRequest's headers are openapi-fetch's fresh copy for this call: no other code holds them.
    headers: request instanceof PlainRequest ? request.headers : new Headers(request.headers),
    // Read (or kept, where it can be sent again) once for every retry and redirect.
    body: await resendableBody(request),
    credentials: true,
  };
  let attempt = 0;
  let retries = 0;
  let redirects = 0;
  let refreshed = false;
  const mayRetry = config.retry !== false && (call.retry ?? isIdempotent(request.method));
  const callState = (): CallState => ({
    method: outgoing.method,
    mayRetry,
    retry: config.retry,
    retries,
    redirects,
    followRedirects: config.followRedirects,
    hasBody: outgoing.body !== undefined,
    canRefresh: config.auth?.refresh !== undefined && !refreshed,
    refreshOn: config.auth?.refreshOn ?? DEFAULT_REFRESH_ON,
    budgetAllows: config.budget ? config.budget.allowsRetry() : true,
    jitter: Math.random(),
    now: Date.now(),
  });

  for (;;) {
    attempt += 1;
    const { target, method } = outgoing;
    const base = removeTrailingSlash(await config.baseUrl.get());
    const url = target.kind === 'base' ? `${base}${target.path}` : target.url;
    for (const limiter of config.limiters) await limiter.acquire(signal);
    const credentialed = outgoing.credentials && (target.kind === 'base' || config.origins.trusts(new URL(url), base));
    const authHeaders: AuthHeaders =
      credentialed && config.auth ? await config.auth.headers(authRequest(method, url, attempt, providerSignal)) : NO_HEADERS;
    const sentHeaders = credentialed ? withHeaders(outgoing.headers, authHeaders, redactor) : withoutSecrets(outgoing.headers, (name) => redactor.isSecret(name));

    let response: Response | undefined;
    const timer = new AttemptSignal(signal, timeoutMs, () =>
      // With a status, the headers had arrived: the body stalled.
      new TimeoutError({ method, url, timeoutMs, attempts: attempt, redactor, status: response?.status, headers: response?.headers }),
    );
    const tooLarge = (size: number, announced = false): ResponseTooLargeError =>
      new ResponseTooLargeError({ method, url, status: response?.status, headers: response?.headers, attempts: attempt, redactor, maxResponseBytes: config.maxResponseBytes, size, announced });
    /** The outcome of an attempt that threw, and the error the call rejects with if it is the last. */
    const failed = (cause: unknown): { outcome: AttemptOutcome; error: unknown } => {
      timer.clear();
      if (signal?.aborted) return { outcome: { kind: 'aborted' }, error: signal.reason };
      if (timer.timedOut) return { outcome: { kind: 'timed-out' }, error: timer.signal?.reason };
      if (cause instanceof SizeLimitExceeded) return { outcome: { kind: 'too-large' }, error: tooLarge(cause.size, cause.announced) };
      return { outcome: { kind: 'connection-failed' }, error: new ConnectionError({ method, url, cause, attempts: attempt, redactor }) };
    };

    const startedAt = performance.now();
    let outcome: AttemptOutcome;
    let error: unknown;
    try {
      // URL and init, not a Request: undici loses the abort of a copied Request after GC (undici#4068).
      response = await config.fetch(url, { method, headers: sentHeaders, body: outgoing.body ?? null, signal: timer.signal, redirect: 'manual' });
      outcome = responseOutcome(response, url, credentialed, (location) => !credentialed || !trustedHop(config.origins, url, location, base));
    } catch (cause) {
      ({ outcome, error } = failed(cause));
    }
    const durationMs = performance.now() - startedAt;
    let step = nextStep(callState(), outcome);
    if (response && step.action === 'return') {
      try {
        response = await finalResponse(response, method, streamed, config.maxResponseBytes, timer, tooLarge);
      } catch (cause) {
        ({ outcome, error } = failed(cause));
        step = nextStep(callState(), outcome);
      }
    }
    spendOrEarn(config.budget, step);
    if (response && step.action !== 'return') await discard(response, timer);

    if (config.logger) {
      const status = response?.status;
      const requestId = response ? requestIdOf(response.headers, config.requestIdHeaders) : undefined;
      const entryError = error === undefined ? undefined : asError(error);
      log(config.logger, { method, url: redactor.url(url), attempt, status, durationMs, requestId, error: entryError, nextAttemptInMs: delayOf(step) });
    }

    switch (step.action) {
      case 'return': {
        const final = response as Response;
        setResponseMeta(final, { method, url, requestId: requestIdOf(final.headers, config.requestIdHeaders), attempts: attempt, redactor });
        return final;
      }
      case 'throw':
        throw error;
      case 'redirect': {
        const { status } = response as Response;
        const location = (response as Response).headers.get('location') as string;
        redirects += 1;
        outgoing = await followRedirect(outgoing, { status, location, url, base }, config.baseUrl, config.origins);
        continue;
      }
      case 'refresh':
        refreshed = true;
        await config.auth?.refresh?.({ status: (response as Response).status, headers: authHeaders, method, url: new URL(url) });
        continue;
      case 'retry':
        await sleep(step.delayMs, signal);
        retries += 1;
        continue;
    }
  }
}

const NO_HEADERS: AuthHeaders = Object.freeze({});

function responseOutcome(response: Response, url: string, credentialed: boolean, leavesTrust: (location: string) => boolean): AttemptOutcome {
  const { status } = response;
  const header = status >= 300 && status < 400 ? response.headers.get('location') : null;
  // A Location that is not a URL is no redirect to follow.
  const location = header !== null && URL.canParse(header, url) ? header : null;
  return {
    kind: 'response',
    status,
    location,
    leavesTrust: location !== null && leavesTrust(location),
    retryAfter: isRetryableStatus(status) ? response.headers.get('retry-after') : null,
    credentialed,
  };
}

/**
 * The response handed to the caller: refused when its Content-Length is over the limit; otherwise read whole
 * within the attempt's timeout and the limit, or (streamed) counted against the limit as the caller reads it.
 */
async function finalResponse(
  response: Response,
  method: string,
  streamed: boolean,
  limit: number,
  timer: AttemptSignal,
  tooLarge: (size: number) => Error,
): Promise<Response> {
  const announced = method === 'HEAD' ? undefined : announcedTooLarge(response, limit);
  if (announced) {
    await response.body?.cancel().catch(() => undefined);
    throw announced;
  }
  // A streamed body is read after we return, so its timeout stays armed (and unref'd) until it fires.
  if (streamed) return limitedStream(response, limit, tooLarge);
  const buffered = await bufferedResponse(response, limit, timer.signal);
  timer.clear();
  return buffered;
}

function spendOrEarn(budget: RetryBudget | undefined, step: NextStep): void {
  if (step.budget === 'spend') budget?.spend();
  else if (step.budget === 'earn') budget?.earn();
}

function delayOf(step: NextStep): number | undefined {
  if (step.action === 'retry') return step.delayMs;
  return step.action === 'redirect' || step.action === 'refresh' ? 0 : undefined;
}

function log(logger: Logger, entry: RequestLog): void {
  try {
    logger(entry);
  } catch {
    // A broken log sink must not turn a successful call into a failed one.
  }
}

/** The outgoing headers plus the auth headers; the outgoing ones stay as they are for the next attempt. */
function withHeaders(headers: Headers, extra: AuthHeaders, redactor: Redactor): Headers {
  const names = Object.keys(extra);
  if (names.length === 0) return headers;
  const merged = new Headers(headers);
  for (const name of names) {
    const value = extra[name]!;
    redactor.remember(value);
    // `Headers.set` would throw a TypeError quoting the value: the credential itself.
    if (!sendableHeaderValue(value)) {
      throw new TypeError(`the auth provider's ${JSON.stringify(name)} header ${UNSENDABLE_VALUE}`);
    }
    merged.set(name, value);
  }
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

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
