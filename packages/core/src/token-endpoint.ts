import { assertCredential } from './credential-values.js';
import { AuthenticationError, GroupApiError, InvalidResponseError, errorFromResponse, type ErrorDetails } from './errors.js';
import { REDACTED, type Redactor } from './redact.js';
import { resultError, type FetchResult } from './unwrap.js';

// For a vendor's token endpoint (Kaizala's token exchange, Passbolt's refresh). Its client is created with
// `followRedirects: false`: the runtime hands a 3xx back as it is, unfollowed, and this turns it into an error.

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Whether a token a token endpoint or provider returned can be sent, by the rule the factories apply to credentials. */
export function isSendableToken(value: unknown): value is string {
  try {
    assertCredential(value, 'token');
    return true;
  } catch {
    return false;
  }
}

/** The origin a `Location` names, and nothing of its path, query or user info. */
function targetOrigin(location: string | null, requestUrl: string): string {
  if (location === null) return 'nowhere (no Location)';
  try {
    const target = new URL(location, requestUrl);
    return target.origin === 'null' ? `a ${target.protocol} URL` : target.origin;
  } catch {
    return 'a Location that is not a URL';
  }
}

export interface TokenEndpoint {
  readonly method: string;
  /** As requested; errors keep it redacted. */
  readonly url: string;
  readonly redactor: Redactor;
  /** Values no error may show, whatever the server echoes: the credentials this endpoint is sent. */
  readonly secrets: readonly string[];
}

/**
 * The JSON object a token endpoint answered with (the call must ask for `parseAs: 'text'`), or the typed error
 * for anything else. A body is never kept as received: an error keeps a JSON error body with every secret
 * value taken out, and nothing of a body that is not JSON or of a successful answer, which holds new tokens.
 */
export function tokenEndpointAnswer(result: FetchResult, endpoint: TokenEndpoint): Record<string, unknown> {
  const { response } = result;
  const details = errorDetails(result, endpoint);
  if (response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)) {
    const target = response.type === 'opaqueredirect' ? 'an address fetch does not show' : targetOrigin(response.headers.get('location'), endpoint.url);
    const to = scrub(target, endpoint.secrets);
    const url = endpoint.redactor.url(endpoint.url);
    throw new AuthenticationError(
      details,
      `${endpoint.method} ${url} answered ${response.status} redirecting to ${to}; a token endpoint's redirect is never followed, and nothing more was sent`,
    );
  }
  if (!response.ok) {
    const body = typeof result.error === 'object' && result.error !== null ? scrub(result.error, endpoint.secrets) : undefined;
    throw errorFromResponse({ ...details, body });
  }
  let answer: unknown;
  try {
    answer = JSON.parse(typeof result.data === 'string' ? result.data : '');
  } catch {
    // No cause: JSON.parse's message quotes the start of the text, a token perhaps.
    throw new InvalidResponseError(details as ErrorDetails<string>);
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) throw tokenEndpointError(result, endpoint, 'a JSON object');
  return answer as Record<string, unknown>;
}

/** A successful answer that lacks what it should hold; says what is missing, never what is there. */
export function tokenEndpointError(result: FetchResult, endpoint: TokenEndpoint, missing: string): GroupApiError {
  const { status } = result.response;
  return new GroupApiError(errorDetails(result, endpoint), `${endpoint.method} ${endpoint.redactor.url(endpoint.url)} returned ${status} without ${missing}`);
}

function errorDetails(result: FetchResult, endpoint: TokenEndpoint): ErrorDetails<undefined> & { readonly status: number } {
  const { response } = result;
  // The runtime's own error for the response, for the request id and attempt count it recorded.
  const recorded = resultError({ response, error: undefined });
  // A redirect's Location may carry more than its origin, which is all an error names.
  const { location: _location, ...headers } = Object.fromEntries(response.headers);
  return {
    method: endpoint.method,
    url: endpoint.url,
    status: response.status,
    headers: scrub(headers, endpoint.secrets),
    requestId: recorded.requestId,
    attempts: recorded.attempts,
    redactor: endpoint.redactor,
  };
}

/** A copy with every string that contains one of the secrets (in any case: host names are lower-cased) replaced, at any depth. */
function scrub<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return (secrets.some((secret) => value.toLowerCase().includes(secret.toLowerCase())) ? REDACTED : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => scrub(item, secrets)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key, secrets), scrub(item, secrets)])) as T;
}
