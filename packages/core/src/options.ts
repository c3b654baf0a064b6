import type { BodySerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { AuthProvider } from './auth.js';
import type { BaseUrlSource } from './base-url.js';
import type { ErrorReason } from './error-reason.js';
import type { RateLimitOptions } from './rate-limiter.js';
import type { RetryOptions } from './retry-policy.js';

/**
 * The underlying fetch; `globalThis.fetch` fits. Called with a URL and init, never a `Request`. `init.headers`
 * may be handed to every attempt of a call: copy it before changing it.
 */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** One line per attempt (retries, redirects and the re-send after an auth refresh included). */
export interface RequestLog {
  readonly method: string;
  /** Redacted: no credentials, no secret query values. */
  readonly url: string;
  /** Undefined when no response arrived. */
  readonly status: number | undefined;
  /** Until the response headers arrived (or the attempt failed). */
  readonly durationMs: number;
  /** 1-based. */
  readonly attempt: number;
  readonly requestId: string | undefined;
  /** Why the attempt failed: no response (connection, timeout, caller abort), or a body that stalled or was too large. */
  readonly error: Error | undefined;
  /** Set when the client will send again after this long: a retry, a redirect or an auth refresh. */
  readonly nextAttemptInMs: number | undefined;
}

export type Logger = (entry: RequestLog) => void;

export interface ClientOptions {
  /** A URL, or a source resolved before every attempt (a token exchange may supply it). */
  readonly baseUrl: string | BaseUrlSource;
  readonly auth?: AuthProvider;
  /** Per attempt, until the response body has been read (a stalled body is a timed-out attempt). Default 30 s; `Infinity` for none. */
  readonly timeoutMs?: number;
  /** Retry policy, or false to send every request once. */
  readonly retry?: RetryOptions | false;
  /** Client-side limiter, counted per attempt; several windows (per minute and per hour) all apply. Off by default. */
  readonly rateLimit?: RateLimitOptions | readonly RateLimitOptions[] | false;
  readonly logger?: Logger;
  /** More header / query / body-field names to treat as secrets, on top of the defaults. */
  readonly secretHeaders?: readonly string[];
  /** Response headers that carry the vendor's request id, first match wins. */
  readonly requestIdHeaders?: readonly string[];
  /** Sent with every request (per-call headers override them; auth headers override both). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The underlying fetch. Default `globalThis.fetch`. */
  readonly fetch?: Fetch;
  /**
   * false: a 301/302/303/307/308 answer is returned as it is (nothing further is sent), for token endpoints,
   * which must never be redirected. Default true: redirects are followed by the client (see README).
   */
  readonly followRedirects?: boolean;
  /**
   * Origins besides the base URL's that may receive credentials and that a permanent redirect may move the
   * base URL to, e.g. `['https://eu.api.example.com']`. Default none: a redirect to any other origin is followed
   * for that request only, without credentials.
   */
  readonly trustedOrigins?: readonly string[];
  /**
   * The largest response body read, in bytes: refused by its Content-Length, or as soon as more arrived, with
   * `ResponseTooLargeError`. Default 32 MiB (see README).
   */
  readonly maxResponseBytes?: number;
  readonly querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  readonly bodySerializer?: BodySerializer<unknown>;
  /** Reads the vendor's reason out of an error body; it ends the typed error's message (redacted, one line). */
  readonly errorReason?: ErrorReason;
}

/**
 * Per-call options, passed next to openapi-fetch's own (`params`, `body`, `signal`, ...):
 * `client.POST('/groups', { body, retry: true, timeoutMs: 5_000 })`.
 */
export interface CallOptions {
  /** This call's per-attempt timeout. */
  readonly timeoutMs?: number;
  /** true: retry even a non-idempotent method (the body is re-sent intact); false: never retry. */
  readonly retry?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'request-id', 'x-correlation-id'];
