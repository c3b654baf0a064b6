import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export const USER_ID = 'd57c10f5-639d-5160-9c81-8a0c6c4ec856';
export const FIRST_REFRESH_TOKEN = refreshTokenNumber(1);
export const FIVE_MINUTES_MS = 5 * 60 * 1000;
export const GROUPS = { header: { status: 'success' }, body: [] };

/** The n-th refresh token the fake server hands out (a UUID, as passbolt's are). */
export function refreshTokenNumber(n: number): string {
  return `0f1a3c5e-1111-4aaa-8bbb-${String(n).padStart(12, '0')}`;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Route = (request: ReceivedRequest, response: ServerResponse) => void;

export function envelope(response: ServerResponse, status: number, body: unknown, message: string, headers: Record<string, string> = {}): void {
  const header = { id: '7ff2828c-1092-4897-8e0a-5d3e3ef0bb12', status: status < 400 ? 'success' : 'error', servertime: 1554983137, message, code: status };
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ header, body }));
}

/** A JWT as passbolt issues it (RS256), with a signature nobody checks: the client only reads the claims. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export function accessTokenFor(userId: string, expiresAt: number, id: number): string {
  return fakeJwt({ iss: 'https://passbolt.local', sub: userId, exp: Math.floor(expiresAt / 1000), jti: `access-${id}` });
}

/** Serves `routes` (keyed `METHOD /path`, query ignored) on 127.0.0.1; closed when the test ends. */
export async function serve(routes: Record<string, Route>): Promise<{ readonly origin: string; readonly requests: ReceivedRequest[] }> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const request = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const route = routes[`${request.method} ${request.url.split('?')[0]}`];
      if (route) route(request, response);
      else envelope(response, 404, '', 'Not Found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Connections first: a test may leave a request unanswered on purpose (a refresh that times out).
  onTestFinished(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/**
 * A passbolt server with JWT auth: `POST /auth/jwt/refresh.json` consumes a refresh token and answers a
 * new access token (valid `lifetimeMs`) in the body and the next refresh token in a `refresh_token`
 * cookie; `GET /groups.json` answers 401 unless the bearer token is one it issued and has not revoked.
 */
export async function fakePassbolt(lifetimeMs = FIVE_MINUTES_MS) {
  const accessTokens = new Set<string>();
  const activeRefreshTokens = new Set([FIRST_REFRESH_TOKEN]);
  const refreshes: Array<{ user_id?: string; refresh_token?: string }> = [];
  const issued: string[] = [];
  let reused = 0;
  const server = await serve({
    'POST /auth/jwt/refresh.json': (request, response) => {
      const payload = JSON.parse(request.body) as { user_id?: string; refresh_token?: string };
      refreshes.push(payload);
      if (payload.user_id !== USER_ID || !payload.refresh_token || !activeRefreshTokens.delete(payload.refresh_token)) {
        reused += 1;
        return envelope(response, 400, '', 'The refresh token provided was already used.');
      }
      const accessToken = accessTokenFor(USER_ID, Date.now() + lifetimeMs, refreshes.length);
      const next = refreshTokenNumber(refreshes.length + 1);
      accessTokens.add(accessToken);
      issued.push(accessToken);
      activeRefreshTokens.add(next);
      const cookie = `refresh_token=${next}; expires=Thu, 01 Jan 2099 00:00:00 GMT; path=/; secure; httponly`;
      // A refresh takes a round trip: concurrent callers pile up behind it.
      setTimeout(() => envelope(response, 200, { access_token: accessToken }, 'The operation was successful.', { 'set-cookie': cookie }), 5);
    },
    'GET /groups.json': (request, response) => {
      const token = request.headers.authorization?.replace(/^Bearer /, '');
      if (token === undefined || !accessTokens.has(token)) return envelope(response, 401, '', 'Authentication is required to continue');
      envelope(response, 200, [], 'The operation was successful.');
    },
  });
  /** An access token the server accepts, as if handed out by a login. */
  const login = (expiresAt = Date.now() + lifetimeMs) => {
    const token = accessTokenFor(USER_ID, expiresAt, 0);
    accessTokens.add(token);
    return token;
  };
  const bearers = () => server.requests.filter((request) => request.url.startsWith('/groups.json')).map((request) => request.headers.authorization);
  return { ...server, accessTokens, refreshes, issued, login, bearers, reused: () => reused };
}
