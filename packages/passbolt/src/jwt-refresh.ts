import { GroupApiError, Redactor, createClient, resultError, type ClientOptions } from '@group-apis/core';

/** A JWT access token and the single-use refresh token that renews it. */
export interface PassboltTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

/** The passbolt response envelope around the refresh endpoint's body. */
interface RefreshResponse {
  readonly header: Record<string, unknown>;
  readonly body: { readonly access_token: string; readonly refresh_token?: string };
}

// The refresh endpoint is not part of the groups spec, so its one operation is typed here.
interface RefreshPaths {
  '/auth/jwt/refresh.json': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { user_id: string; refresh_token: string } } };
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': RefreshResponse } } };
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
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  return undefined;
}

/**
 * `POST /auth/jwt/refresh.json` with `{ user_id, refresh_token }`: passbolt consumes the refresh token and
 * answers a new access token in `body.access_token` and the next refresh token in a `refresh_token`
 * cookie. The request is never retried: a refresh token sent twice counts as stolen, and passbolt mails a
 * security alert to the user and every administrator.
 */
export function jwtRefresh(options: RefreshOptions): (refreshToken: string) => Promise<PassboltTokens> {
  const { baseUrl, userId, ...transport } = options;
  const client = createClient<RefreshPaths>({ ...transport, baseUrl });
  const redactor = new Redactor(options.secretHeaders);
  return async (refreshToken) => {
    const result = await client.POST('/auth/jwt/refresh.json', { body: { user_id: userId, refresh_token: refreshToken }, retry: false });
    if (!result.response.ok) throw resultError(result);
    const { status, headers } = result.response;
    const accessToken = result.data?.body?.access_token;
    const rotated = refreshTokenCookie(headers) ?? result.data?.body?.refresh_token;
    if (typeof accessToken !== 'string' || typeof rotated !== 'string') {
      const url = `${baseUrl.replace(/\/$/, '')}/auth/jwt/refresh.json`;
      const message = `POST ${redactor.url(url)} returned no access token or no new refresh token`;
      throw new GroupApiError({ method: 'POST', url, status, headers, body: result.data, redactor }, message);
    }
    return { accessToken, refreshToken: rotated };
  };
}
