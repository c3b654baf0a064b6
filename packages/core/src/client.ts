import createOpenapiClient, { type Client } from 'openapi-fetch';
import { movableBaseUrl, normalizeBaseUrl, type BaseUrlSource } from './base-url.js';
import { InvalidResponseError } from './errors.js';
import { inspectSymbol, type InspectFunction } from './inspect.js';
import {
  DEFAULT_REQUEST_ID_HEADERS,
  DEFAULT_TIMEOUT_MS,
  type CallOptions,
  type ClientOptions,
} from './options.js';
import { PlainRequest } from './plain-request.js';
import { RateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { Redactor } from './redact.js';
import { getResponseMeta, setResponseMeta } from './response-meta.js';
import { DEFAULT_RETRY, RetryBudget, type ResolvedRetryOptions } from './retry-policy.js';
import { send, type CallSettings, type TransportConfig } from './transport.js';
import { assertHeaderValues, withoutQuotedHeaderValue } from './credential-values.js';
import { OriginPolicy } from './origins.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './response-size.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/** openapi-fetch needs a base URL up front; a lazily resolved one replaces this on every attempt. */
const PLACEHOLDER_BASE_URL = 'https://base-url.invalid';

interface RawResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<RawResult>;

/**
 * An openapi-fetch client (`client.GET('/groups', { params })` → `{ data, error, response }`, fully
 * typed) whose requests go through the shared runtime: auth, timeouts, retries, rate limiting,
 * redirects, redacted logging. Per-call `timeoutMs` and `retry` (see {@link CallOptions}) sit next
 * to openapi-fetch's own options; a successful response whose JSON body does not parse rejects
 * with {@link InvalidResponseError}; a connection failure or timeout rejects with
 * `ConnectionError` / `TimeoutError`.
 */
export function createClient<Paths extends {}>(options: ClientOptions): Client<Paths> {
  const config = transportConfig(options);
  const inner = createOpenapiClient<Paths>({
    baseUrl: config.builtOn,
    fetch: (request) => send(config, request),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.querySerializer ? { querySerializer: options.querySerializer } : {}),
    ...(options.bodySerializer ? { bodySerializer: options.bodySerializer } : {}),
  });
  const innerRequest = inner.request as unknown as RawRequest;
  // Middleware is handed a real Request, as openapi-fetch documents; without any, the transport needs none.
  // Kept as openapi-fetch keeps it: `use` adds every truthy item (twice if given twice), `eject` removes one.
  const middleware: unknown[] = [];

  const request: RawRequest = async (method, url, init = {}) => {
    const { timeoutMs, retry, fetch, parseAs, ...openapiInit } = init;
    if (fetch !== undefined) throw new TypeError('a per-call fetch is not supported; set the client option `fetch`');
    const call = callSettings({ timeoutMs, retry, signal: openapiInit['signal'], streamed: parseAs === 'stream' });
    // openapi-fetch would throw a bare SyntaxError; reading text keeps the raw body for the typed error.
    const parsesJson = parseAs === undefined || parseAs === 'json';
    let result: RawResult;
    try {
      const plain = openapiInit['Request'] === undefined && openapiInit['middleware'] === undefined && middleware.length === 0 && PlainRequest.serves(method);
      result = await innerRequest(method, url, {
        ...openapiInit,
        ...(plain ? { Request: PlainRequest } : {}),
        parseAs: parsesJson ? 'text' : parseAs,
        fetch: (attemptRequest: Request | PlainRequest) => send(config, attemptRequest, call),
      });
    } catch (error) {
      // A per-call header value that `Headers` refuses is quoted in its message: it may be a credential.
      throw withoutQuotedHeaderValue(error);
    }
    if (!result.response.ok) keepErrorReason(result.response, options);
    if (!parsesJson || !result.response.ok) return result;
    return { data: parseJsonBody(result, method, config), response: result.response };
  };

  const client: Record<string | symbol, unknown> = {
    request: (method: string, url: string, init?: Record<string, unknown>) => request(method.toUpperCase(), url, init ?? {}),
    use: (...added: unknown[]) => {
      (inner.use as (...items: unknown[]) => void)(...added);
      middleware.push(...added.filter(Boolean));
    },
    eject: (...removed: unknown[]) => {
      (inner.eject as (...items: unknown[]) => void)(...removed);
      for (const item of removed) {
        const index = middleware.indexOf(item);
        if (index !== -1) middleware.splice(index, 1);
      }
    },
    toString: () => `GroupApiClient(${describeBaseUrl(options, config)})`,
    [inspectSymbol]: (_depth: number, inspectOptions: object, inspect: InspectFunction) =>
      `GroupApiClient ${inspect(describe(options, config), inspectOptions)}`,
  };
  for (const method of METHODS) {
    client[method] = (url: string, init?: Record<string, unknown>) => request(method, url, init ?? {});
  }
  return client as unknown as Client<Paths>;
}

/** The errors made from this response later (`unwrap`, `resultError`) read the vendor's reason with it. */
function keepErrorReason(response: Response, options: ClientOptions): void {
  const meta = getResponseMeta(response);
  if (meta && options.errorReason) setResponseMeta(response, { ...meta, errorReason: options.errorReason });
}

function transportConfig(options: ClientOptions): TransportConfig {
  const retry: ResolvedRetryOptions | false = options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  assertTimeout(timeoutMs, 'timeoutMs');
  if (retry !== false && !(retry.maxRetries >= 0 && retry.baseDelayMs >= 0 && retry.maxDelayMs >= 0 && retry.maxRetryAfterMs >= 0)) {
    throw new RangeError('retry: maxRetries, baseDelayMs, maxDelayMs and maxRetryAfterMs must be >= 0');
  }
  if (retry !== false && retry.defaultRetryAfterMs !== undefined && !(retry.defaultRetryAfterMs >= 0)) {
    throw new RangeError('retry: defaultRetryAfterMs must be >= 0');
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)) throw new RangeError('maxResponseBytes must be a whole number of bytes > 0');
  assertHeaderValues(options.headers, 'headers');
  const fixedBaseUrl = typeof options.baseUrl === 'string' ? options.baseUrl : undefined;
  return {
    baseUrl: fixedBaseUrl !== undefined ? movableBaseUrl(fixedBaseUrl) : (options.baseUrl as BaseUrlSource),
    builtOn: fixedBaseUrl !== undefined ? normalizeBaseUrl(fixedBaseUrl) : PLACEHOLDER_BASE_URL,
    auth: options.auth,
    timeoutMs,
    retry,
    budget: retry !== false && retry.budget !== false ? new RetryBudget(retry.budget) : undefined,
    limiters: rateLimits(options.rateLimit).map((limit) => new RateLimiter(limit)),
    logger: options.logger,
    redactor: secretsRemembered(new Redactor(options.secretHeaders), options.headers),
    requestIdHeaders: options.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS,
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    followRedirects: options.followRedirects ?? true,
    origins: new OriginPolicy(options.trustedOrigins),
    maxResponseBytes,
  };
}

/** The redactor, told the values of the secret-named static headers (an API key a server may echo back). */
function secretsRemembered(redactor: Redactor, headers: Readonly<Record<string, string>> | undefined): Redactor {
  for (const [name, value] of Object.entries(headers ?? {})) if (redactor.isSecret(name)) redactor.remember(value);
  return redactor;
}

function rateLimits(option: ClientOptions['rateLimit']): readonly RateLimitOptions[] {
  if (!option) return [];
  return Array.isArray(option) ? option : [option as RateLimitOptions];
}

function callSettings(raw: { timeoutMs: unknown; retry: unknown; signal: unknown; streamed: boolean }): CallSettings {
  if (raw.timeoutMs !== undefined) assertTimeout(raw.timeoutMs, 'per-call timeoutMs');
  if (raw.retry !== undefined && typeof raw.retry !== 'boolean') throw new TypeError('per-call retry must be a boolean');
  if (raw.signal != null && !(raw.signal instanceof AbortSignal)) throw new TypeError('signal must be an AbortSignal');
  return {
    timeoutMs: raw.timeoutMs as CallOptions['timeoutMs'],
    retry: raw.retry as CallOptions['retry'],
    signal: (raw.signal ?? undefined) as AbortSignal | undefined,
    body: raw.streamed ? 'stream' : 'buffer',
  };
}

function assertTimeout(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`${name} must be a number > 0 (Infinity for none)`);
}

function parseJsonBody(result: RawResult, method: string, config: TransportConfig): unknown {
  const text = result.data;
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const meta = getResponseMeta(result.response);
    throw new InvalidResponseError({
      method: meta?.method ?? method,
      url: meta?.url ?? result.response.url,
      status: result.response.status,
      headers: result.response.headers,
      body: text,
      requestId: meta?.requestId,
      attempts: meta?.attempts,
      // V8 quotes a slice of the body in its message: the body may hold what the error must not show.
      cause: cause instanceof SyntaxError ? new SyntaxError(cause.message.replace(/, ".*" is not valid JSON$|, ".*"\.\.\. is not valid JSON$/s, ' is not valid JSON')) : cause,
      redactor: config.redactor,
    });
  }
}

function describeBaseUrl(options: ClientOptions, config: TransportConfig): string {
  return typeof options.baseUrl === 'string' ? config.redactor.url(options.baseUrl) : 'resolved per request';
}

function describe(options: ClientOptions, config: TransportConfig): Record<string, unknown> {
  return {
    baseUrl: describeBaseUrl(options, config),
    headers: config.redactor.headers(options.headers ?? {}),
    auth: options.auth ? 'configured' : 'none',
    timeoutMs: config.timeoutMs,
    retry: config.retry,
    rateLimit: options.rateLimit ?? false,
  };
}
