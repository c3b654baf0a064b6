export { createClient } from './client.js';
export type { CallOptions, ClientOptions, Fetch, Logger, RequestLog } from './options.js';

export * from './errors-entry.js';
export { errorFromResponse, type ErrorDetails } from './errors.js';
export { messageField, MAX_REASON_LENGTH, type ErrorReason } from './error-reason.js';
export type { DataOf, ErrorBodyOf, FetchResult } from './unwrap.js';

export { staticAuth, tokenAuth, type AuthFailure, type AuthHeaders, type AuthProvider, type AuthRequest, type TokenAuthOptions } from './auth.js';
export { cachedToken, type CachedToken, type CachedTokenOptions, type TokenGrant, type TokenRequest } from './cached-token.js';
export { inferMovedBaseUrl, movableBaseUrl, type BaseUrlSource, type PermanentRedirect } from './base-url.js';

export { paginate, paginated, paginatePages, type ItemWalk, type PageWalk, type Paginated, type PagingOptions } from './paginate.js';
export { paginateByPageNumber, type PageInit, type PageNumberPaging } from './page-numbers.js';
export { DEFAULT_RETRY, isIdempotent, isRetryableStatus, parseRetryAfter, type RetryBudgetOptions, type RetryOptions } from './retry-policy.js';
export { RateLimiter, type RateLimitOptions } from './rate-limiter.js';
export { DEFAULT_SECRET_NAMES, REDACTED, Redactor } from './redact.js';
export { assertCredential } from './credential-values.js';
export { isSendableToken, tokenEndpointAnswer, tokenEndpointError, type TokenEndpoint } from './token-endpoint.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './response-size.js';
