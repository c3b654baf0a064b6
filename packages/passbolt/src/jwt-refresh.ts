import { Redactor, createClient, isSendableToken, tokenEndpointAnswer, tokenEndpointError, type ClientOptions, type TokenEndpoint } from '@group-apis/core';

/** A JWT access token and the single-use refresh token that renews it. */
export interface PassboltTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

// The refresh endpoint is not part of the groups spec, so its one operation is typed here.
interface RefreshPaths {
  '/auth/jwt/refresh.json': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { user_id: string; refresh_token: string } } };
      // Read as text and checked field by field: see tokenEndpointAnswer.
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': unknown } } };
    };
  };
}

export type RefreshOptions = Pick<ClientOptions, 'fetch' | 'logger' | 'timeoutMs' | 'secretHeaders'> & {
  readonly baseUrl: string;
  readonly userId: string;
};

/** The value of the `refresh_token` cookie among a response's `Set-Cookie` headers. */
function refreshTokenCookie(headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const match = /^\s*refresh_token=([^;]*)/.exec(cookie);
    if (match?.[1]) {
      try {
        return decodeURIComponent(match[1]);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Where the refresh token goes: the one URL it is ever sent to. */
export function refreshUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}/auth/jwt/refresh.json`;
}

/**
 * `POST /auth/jwt/refresh.json` with `{ user_id, refresh_token }`: passbolt consumes the refresh token and
 * answers a new access token in `body.access_token` and the next refresh token in a `refresh_token`
 * cookie. Sent once: never retried, and a redirect is never followed (an `AuthenticationError`). What to do
 * with a refresh token after a failure is the caller's business (see auth.ts: it is spent).
 */
export function jwtRefresh(options: RefreshOptions): (refreshToken: string) => Promise<PassboltTokens> {
  const { baseUrl, userId, ...transport } = options;
  const client = createClient<RefreshPaths>({ ...transport, baseUrl, retry: false, followRedirects: false });
  const redactor = new Redactor(options.secretHeaders);
  return async (refreshToken) => {
    const endpoint: TokenEndpoint = { method: 'POST', url: refreshUrl(baseUrl), redactor, secrets: [refreshToken] };
    const result = await client.POST('/auth/jwt/refresh.json', { body: { user_id: userId, refresh_token: refreshToken }, parseAs: 'text' });
    const body: unknown = tokenEndpointAnswer(result, endpoint)['body'];
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const accessToken = fields['access_token'];
    if (!isSendableToken(accessToken)) throw tokenEndpointError(result, endpoint, 'a usable access token');
    const rotated = refreshTokenCookie(result.response.headers) ?? fields['refresh_token'];
    if (!isSendableToken(rotated)) throw tokenEndpointError(result, endpoint, 'a usable new refresh token');
    return { accessToken, refreshToken: rotated };
  };
}
