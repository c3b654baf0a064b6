import { Redactor, createClient, isSendableToken, tokenEndpointAnswer, tokenEndpointError, type ClientOptions, type TokenEndpoint, type TokenGrant } from '@group-apis/core';

/** The token service's root ("Authentication Mechanism" page: `GET https://api.kaiza.la/v1/accessToken`). */
export const DEFAULT_TOKEN_SERVICE_URL = 'https://api.kaiza.la/v1';

/** Access tokens live 24 hours; used when a grant omits `accessTokenExpiry`. */
const ACCESS_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** What `GET /accessToken` returns. */
export interface AccessTokenResponse {
  readonly accessToken: string;
  /** The base URL of every other call. */
  readonly endpointUrl: string;
  /** When `accessToken` expires, epoch milliseconds. */
  readonly accessTokenExpiry: number;
}

/** The connector credentials the exchange takes, each sent as a header of the same name. */
export interface ConnectorCredentials {
  readonly applicationId: string;
  readonly applicationSecret: string;
  readonly refreshToken: string;
}

/** An access token together with the endpoint it is valid for. */
export interface KaizalaSession {
  readonly accessToken: string;
  readonly endpointUrl: string;
}

// The exchange lives on another host and page than the groups spec, so its one operation is typed here.
interface TokenServicePaths {
  '/accessToken': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header: ConnectorCredentials; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': AccessTokenResponse } } };
    };
  };
}

export type TokenServiceOptions = Pick<ClientOptions, 'fetch' | 'logger' | 'timeoutMs' | 'retry' | 'secretHeaders'> & {
  readonly tokenServiceUrl: string;
};

/**
 * Exchanges connector credentials for an access token and its endpoint URL. Failures are the runtime's typed
 * errors (an `AuthenticationError` for rejected credentials, and for a redirect, which is never followed), with
 * no credential and no part of a successful answer in them.
 */
export function tokenExchange(credentials: ConnectorCredentials, options: TokenServiceOptions): () => Promise<TokenGrant<KaizalaSession>> {
  const { tokenServiceUrl, ...transport } = options;
  const client = createClient<TokenServicePaths>({ ...transport, baseUrl: tokenServiceUrl, followRedirects: false });
  const endpoint: TokenEndpoint = {
    method: 'GET',
    url: `${tokenServiceUrl.replace(/\/$/, '')}/accessToken`,
    redactor: new Redactor(options.secretHeaders),
    secrets: [credentials.applicationSecret, credentials.refreshToken],
  };
  return async () => {
    const fetchedAt = Date.now();
    const result = await client.GET('/accessToken', { params: { header: credentials }, parseAs: 'text' });
    const grant = tokenEndpointAnswer(result, endpoint);
    const { accessToken, endpointUrl, accessTokenExpiry } = grant;
    if (!isSendableToken(accessToken)) throw tokenEndpointError(result, endpoint, 'a usable accessToken');
    if (!isHttpUrl(endpointUrl)) throw tokenEndpointError(result, endpoint, 'a usable endpointUrl');
    return {
      token: { accessToken, endpointUrl },
      expiresAt: typeof accessTokenExpiry === 'number' && Number.isFinite(accessTokenExpiry) ? accessTokenExpiry : fetchedAt + ACCESS_TOKEN_LIFETIME_MS,
    };
  };
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
