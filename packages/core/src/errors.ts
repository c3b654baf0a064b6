import { describeReason, type ErrorReason } from './error-reason.js';
import { inspectSymbol, type InspectFunction } from './inspect.js';
import { defaultRedactor, type Redactor } from './redact.js';
import { parseRetryAfter } from './retry-policy.js';

export interface ErrorDetails<Body = unknown> {
  readonly method: string;
  /** The request URL; the error keeps only its redacted form. */
  readonly url: string | URL;
  readonly status?: number;
  /** Response headers; the error keeps them with secret values redacted. */
  readonly headers?: Headers | Readonly<Record<string, string>>;
  /** The parsed response body (the raw text when it was not valid JSON). */
  readonly body?: Body;
  readonly requestId?: string;
  /** How many times the request was sent, retries included. */
  readonly attempts?: number;
  readonly cause?: unknown;
  /** Decides what counts as a secret; the client passes one that knows its `secretHeaders`. */
  readonly redactor?: Redactor;
  /** Reads the vendor's reason from `body` for the message; the client passes its vendor's. */
  readonly reason?: ErrorReason;
}

/**
 * Base of every error this runtime throws. Secrets never reach `message`, `stack`, `headers`,
 * `url`, `toJSON()` or `util.inspect`; `body` is kept as received (for callers) but is not
 * enumerable and is shown redacted.
 */
export class GroupApiError<Body = unknown> extends Error {
  /** HTTP status, or undefined when no response arrived (connection, timeout). */
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>>;
  declare readonly body: Body;
  readonly method: string;
  readonly url: string;
  /** The vendor's request id from the response headers, where it sends one. */
  readonly requestId: string | undefined;
  readonly attempts: number | undefined;
  readonly #redactor: Redactor;

  constructor(details: ErrorDetails<Body>, message?: string) {
    const redactor = details.redactor ?? defaultRedactor;
    const url = redactor.url(details.url);
    const reason = message === undefined ? describeReason(details.reason, details.body, redactor) : undefined;
    super(message ?? describeStatus(details.method, url, details.status, details.requestId, reason), {
      cause: details.cause,
    });
    this.name = new.target.name;
    this.status = details.status;
    this.headers = details.headers ? redactor.headers(details.headers) : {};
    Object.defineProperty(this, 'body', { value: details.body, enumerable: false });
    this.method = details.method;
    this.url = url;
    this.requestId = details.requestId;
    this.attempts = details.attempts;
    this.#redactor = redactor;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      requestId: this.requestId,
      attempts: this.attempts,
      headers: this.headers,
      body: this.#redactor.deep(this.body),
    };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }

  [inspectSymbol](_depth: number, options: object, inspect: InspectFunction): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const cause = this.cause === undefined ? {} : { cause: this.cause };
    return `${this.stack ?? this.toString()} ${inspect({ ...fields, ...cause }, options)}`;
  }
}

export class BadRequestError<Body = unknown> extends GroupApiError<Body> {}
export class AuthenticationError<Body = unknown> extends GroupApiError<Body> {}
export class PermissionDeniedError<Body = unknown> extends GroupApiError<Body> {}
export class NotFoundError<Body = unknown> extends GroupApiError<Body> {}
export class ConflictError<Body = unknown> extends GroupApiError<Body> {}
export class UnprocessableEntityError<Body = unknown> extends GroupApiError<Body> {}
export class ServerError<Body = unknown> extends GroupApiError<Body> {}

export class RateLimitedError<Body = unknown> extends GroupApiError<Body> {
  /** How long the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(details: ErrorDetails<Body>) {
    super(details);
    const headers = details.headers instanceof Headers ? details.headers : new Headers(details.headers);
    this.retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  }
}

/** No response: the connection was refused, reset or failed before the status line. */
export class ConnectionError extends GroupApiError<undefined> {
  constructor(details: ErrorDetails<undefined>) {
    const redactor = details.redactor ?? defaultRedactor;
    super(details, `${details.method} ${redactor.url(details.url)} failed: ${connectionFailure(details.cause, redactor)}`);
  }
}

export class TimeoutError extends GroupApiError<undefined> {
  readonly timeoutMs: number;

  constructor(details: ErrorDetails<undefined> & { readonly timeoutMs: number }) {
    const url = (details.redactor ?? defaultRedactor).url(details.url);
    // A status means the headers arrived and the body then stalled.
    const during = details.status === undefined ? '' : ` reading the body of its ${details.status} response`;
    super(details, `${details.method} ${url} timed out after ${details.timeoutMs} ms${during}`);
    this.timeoutMs = details.timeoutMs;
  }
}

/**
 * The response was larger than `maxResponseBytes`: refused by its `Content-Length`, or given up as soon as more
 * bytes than that had been read. Not retried: the same server would most likely send the same answer.
 */
export class ResponseTooLargeError extends GroupApiError<undefined> {
  readonly maxResponseBytes: number;
  /** The announced `Content-Length`, or the bytes read when the limit was passed. */
  readonly size: number;
  /** Whether `size` is the announced `Content-Length` (nothing of the body was read). */
  readonly announced: boolean;

  constructor(details: ErrorDetails<undefined> & { readonly maxResponseBytes: number; readonly size: number; readonly announced: boolean }) {
    const url = (details.redactor ?? defaultRedactor).url(details.url);
    const what = details.announced ? `announced ${details.size} bytes` : `sent more than ${details.maxResponseBytes} bytes`;
    super(details, `${details.method} ${url} ${what}; the limit (maxResponseBytes) is ${details.maxResponseBytes}`);
    this.maxResponseBytes = details.maxResponseBytes;
    this.size = details.size;
    this.announced = details.announced;
  }
}

/** A successful status whose body could not be parsed; `body` holds the raw text. */
export class InvalidResponseError extends GroupApiError<string> {
  constructor(details: ErrorDetails<string>) {
    const url = (details.redactor ?? defaultRedactor).url(details.url);
    super(details, `${details.method} ${url} returned ${details.status} with a body that is not valid JSON`);
  }
}

/** The error class for an HTTP error status; statuses without a class of their own get the base class. */
export function errorFromResponse<Body = unknown>(details: ErrorDetails<Body> & { readonly status: number }): GroupApiError<Body> {
  const ErrorClass = errorClassFor(details.status);
  return new ErrorClass<Body>(details);
}

function errorClassFor(status: number): typeof GroupApiError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitedError;
    default:
      return status >= 500 && status <= 599 ? ServerError : GroupApiError;
  }
}

function describeStatus(method: string, url: string, status: number | undefined, requestId: string | undefined, reason: string | undefined): string {
  const id = requestId ? ` (request id ${requestId})` : '';
  const why = reason === undefined ? '' : `: ${reason}`;
  return `${method} ${url} responded ${status ?? 'without a status'}${id}${why}`;
}

function connectionFailure(cause: unknown, redactor: Redactor): string {
  let current: unknown = cause;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  // fetch's messages can quote the URL, user info and secret query values included.
  return cause instanceof Error ? cause.message.replace(/[a-z][\w+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactor.url(url)) : 'connection error';
}
