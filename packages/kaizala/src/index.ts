import { assertCredential, cachedToken, createClient, staticAuth, tokenAuth, type AuthProvider } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import { KAIZALA_RATE_LIMIT, KAIZALA_SECRET_NAMES, KAIZALA_TIMEOUT_MS, type KaizalaAuth, type KaizalaClientOptions } from './client-options.js';
import { applicationIdOnGetGroup } from './application-id.js';
import { kaizalaEndpoint } from './endpoint.js';
import { kaizalaErrorReason } from './error-reason.js';
import type { components, paths } from './generated/schema.js';
import { DEFAULT_TOKEN_SERVICE_URL, tokenExchange, type TokenServiceOptions } from './token-service.js';

export type { components, operations, paths } from './generated/schema.js';
export { groupImageUrlOf } from './group-image-url.js';
export {
  KAIZALA_RATE_LIMIT,
  KAIZALA_TIMEOUT_MS,
  type KaizalaAccessTokenAuth,
  type KaizalaAuth,
  type KaizalaClientOptions,
  type KaizalaConnectorAuth,
} from './client-options.js';

// Interfaces, not aliases of `components['schemas'][...]`: an editor then shows `Group`, not the whole object, where a
// value of one is shown (hover, errors, `paginate()` items and pages).
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export { DEFAULT_TOKEN_SERVICE_URL, type AccessTokenResponse, type ConnectorCredentials } from './token-service.js';
// The runtime's error handling and option types, so callers need no second import.
export * from '@group-apis/core/errors';
export type { Logger, RateLimitOptions, RequestLog, RetryOptions } from '@group-apis/core';

/** The `{ groups }` envelope that `GET /v1/groups` and `GET /v1/groups/{groupId}` both return. */
export interface GroupList extends Schema<'GroupList'> {}
/** A conversation group; fields beyond `groupId` and `groupName` depend on the call and its options. */
export interface Group extends Schema<'Group'> {}
/** `Group` (regular) or `ConnectGroup` (managed public group): what `createGroup` accepts. */
export type GroupType = components['schemas']['GroupType'];
/** A group's `groupType` in a response: `Group`, `ConnectGroup`, or another value the service may send. */
export type ReportedGroupType = components['schemas']['ReportedGroupType'];
/** The body of `POST /v1/groups`. */
export interface NewGroup extends Schema<'NewGroup'> {}
/** What `POST /v1/groups` returns. */
export interface CreatedGroup extends Schema<'CreatedGroup'> {}
/** The error body assumed for Kaizala's error responses (undocumented by the vendor); the `body` of `unwrap`'s errors. */
export interface KaizalaErrorBody extends Schema<'Error'> {}

export type KaizalaClient = Client<paths>;

interface Session {
  readonly auth: AuthProvider;
  readonly endpointUrl: () => string | Promise<string>;
  /** Forgets the token, so the next call asks the token service (and learns its endpoint) again. */
  readonly renew?: () => void;
}

function sessionOf(auth: KaizalaAuth, tokenService: Omit<TokenServiceOptions, 'tokenServiceUrl'>): Session {
  if (auth.accessToken !== undefined) {
    assertCredential(auth.accessToken, 'accessToken');
    return { auth: staticAuth({ accessToken: auth.accessToken }), endpointUrl: () => auth.endpointUrl };
  }
  const { applicationId, applicationSecret, refreshToken } = auth;
  assertCredential(applicationId, 'applicationId');
  assertCredential(applicationSecret, 'applicationSecret');
  assertCredential(refreshToken, 'refreshToken');
  const token = cachedToken({
    fetch: tokenExchange(
      { applicationId, applicationSecret, refreshToken },
      { ...tokenService, tokenServiceUrl: auth.tokenServiceUrl ?? DEFAULT_TOKEN_SERVICE_URL },
    ),
  });
  return {
    auth: tokenAuth(token, (session) => ({ accessToken: session.accessToken })),
    endpointUrl: async () => (await token.get()).endpointUrl,
    renew: () => token.invalidate(),
  };
}

/**
 * Creates a typed client for the Kaizala groups API, authenticated with a ready access token or with
 * connector credentials (the token exchange is then called lazily, cached, renewed before expiry and
 * once after a 401). Calls go to the endpoint URL; a `308` moves it within its origin or to a `trustedOrigins`
 * entry; to any other origin it makes the client ask the token service again, and goes where that says.
 */
export function createKaizalaClient(options: KaizalaClientOptions): KaizalaClient {
  const transport = {
    timeoutMs: options.timeoutMs ?? KAIZALA_TIMEOUT_MS,
    retry: options.retry,
    logger: options.logger,
    fetch: options.fetch,
    secretHeaders: [...KAIZALA_SECRET_NAMES, ...(options.secretHeaders ?? [])],
  };
  const session = sessionOf(options, transport);
  const client = createClient<paths>({
    ...transport,
    baseUrl: options.baseUrl ?? kaizalaEndpoint(session.endpointUrl, session.renew),
    auth: session.auth,
    rateLimit: options.rateLimit ?? KAIZALA_RATE_LIMIT,
    headers: options.headers,
    requestIdHeaders: options.requestIdHeaders,
    trustedOrigins: options.trustedOrigins,
    maxResponseBytes: options.maxResponseBytes,
    followRedirects: options.followRedirects,
    errorReason: kaizalaErrorReason,
  });
  if (options.applicationId !== undefined) client.use(applicationIdOnGetGroup(options.applicationId));
  return client;
}
