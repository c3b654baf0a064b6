import { GroupApiError, Redactor, createClient, resultError, type ClientOptions, type TokenGrant } from '@group-apis/core';

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
 * Exchanges connector credentials for an access token and its endpoint URL. Failures are the runtime's
 * typed errors (an `AuthenticationError` for rejected credentials), with the credentials redacted.
 */
export function tokenExchange(credentials: ConnectorCredentials, options: TokenServiceOptions): () => Promise<TokenGrant<KaizalaSession>> {
  const { tokenServiceUrl, ...transport } = options;
  const client = createClient<TokenServicePaths>({ ...transport, baseUrl: tokenServiceUrl });
  const redactor = new Redactor(options.secretHeaders);
  return async () => {
    const fetchedAt = Date.now();
    const result = await client.GET('/accessToken', { params: { header: credentials } });
    if (!result.response.ok) throw resultError(result);
    const grant: Partial<AccessTokenResponse> | undefined = result.data;
    if (typeof grant?.accessToken !== 'string' || typeof grant.endpointUrl !== 'string') {
      const { status, headers } = result.response;
      const url = `${tokenServiceUrl}/accessToken`;
      throw new GroupApiError({ method: 'GET', url, status, headers, body: grant, redactor }, `GET ${redactor.url(url)} returned no accessToken or endpointUrl`);
    }
    return {
      token: { accessToken: grant.accessToken, endpointUrl: grant.endpointUrl },
      expiresAt: Number.isFinite(grant.accessTokenExpiry) ? (grant.accessTokenExpiry as number) : fetchedAt + ACCESS_TOKEN_LIFETIME_MS,
    };
  };
}
