import {
  AuthenticationError,
  GroupApiError,
  InvalidResponseError,
  REDACTED,
  errorFromResponse,
  resultError,
  type ErrorDetails,
  type Fetch,
  type FetchResult,
  type Redactor,
} from '@group-apis/core';

// The same file is in @group-apis/kaizala and @group-apis/passbolt: the two token endpoints of the repository.

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Where a token endpoint's redirect pointed, by the stand-in response the runtime received instead of it. */
const redirectTargets = new WeakMap<Response, string>();

/**
 * The fetch of a token endpoint: a redirect is never followed, neither by fetch nor by the runtime (which follows
 * redirects itself). A 3xx reaches the runtime as a stand-in with its status and headers but no `Location`, so
 * there is nowhere to send the credentials again; its body is dropped unread.
 */
export function tokenEndpointFetch(fetch: Fetch | undefined): Fetch {
  return async (url, init) => {
    const manual: RequestInit = { ...init, redirect: 'manual' };
    const response = await (fetch ? fetch(url, manual) : globalThis.fetch(url, manual));
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    const headers = new Headers(response.headers);
    headers.delete('location');
    const standIn = new Response(null, { status: response.status, statusText: response.statusText, headers });
    redirectTargets.set(standIn, targetOrigin(response.headers.get('location'), url));
    return standIn;
  };
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
  const target = redirectTargets.get(response);
  if (target !== undefined || response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)) {
    const to = scrub(target ?? 'an address fetch does not show', endpoint.secrets);
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
  return {
    method: endpoint.method,
    url: endpoint.url,
    status: response.status,
    headers: scrub(Object.fromEntries(response.headers), endpoint.secrets),
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
