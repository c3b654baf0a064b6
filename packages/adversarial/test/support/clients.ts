import { createKaizalaClient } from '@group-apis/kaizala';
import { createKoreAiClient } from '@group-apis/kore-ai';
import { createPassboltClient } from '@group-apis/passbolt';
import { createTestmoClient } from '@group-apis/testmo';
import type { RequestLog } from '@group-apis/core';
import { hostileApi, type HostileApi, type HostileHandler } from './hostile-api.js';

/** Runtime options every mode's client takes in this suite (no retries unless a test asks, short timeouts). */
export interface RuntimeOptions {
  readonly retry?: false | { readonly maxRetries: number; readonly baseDelayMs: number; readonly maxDelayMs: number };
  readonly timeoutMs?: number;
  readonly maxResponseBytes?: number;
  readonly logger?: (entry: RequestLog) => void;
  readonly headers?: Record<string, string>;
}

/** The API host of a mode, and what the mode needs besides it (Kaizala's token service). */
export interface Setting {
  readonly api: HostileApi;
  /** Every secret of the mode, including those only known at run time (a signed JWT, an issued token). */
  readonly secrets: Record<string, string>;
}

/** One client in one auth mode: how to build it on a hostile API host, and one API call (a GET). */
export interface AuthMode {
  readonly name: string;
  /** The path the API host sees for `call` (before a redirect). */
  readonly path: string;
  /** The header the credential travels in, as the API host sees it. */
  readonly credentialHeader: string;
  /** Starts the API host (and a token service where the mode has one) and builds the client. */
  setUp(handler: HostileHandler, runtime?: RuntimeOptions): Promise<Setting & { call(init?: Record<string, unknown>): Promise<{ response: Response }> }>;
}

const day = 24 * 60 * 60 * 1000;

function fakeJwt(claims: Record<string, unknown>, signature: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from(signature).toString('base64url')}`;
}

const passboltJwt = fakeJwt({ sub: 'd57c10f5-639d-5160-9c81-8a0c6c4ec856', exp: Math.floor((Date.now() + day) / 1000) }, 'passbolt-access-signature');

/** Captures the credential the API host received first: a value only the run makes (a signed JWT). */
function capture(api: HostileApi, header: string): () => string {
  return () => String(api.requests[0]?.headers[header] ?? '');
}

export const AUTH_MODES: readonly AuthMode[] = [
  {
    name: 'Testmo bearer token',
    path: '/api/v1/groups',
    credentialHeader: 'authorization',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { result: [], page: 1, prev_page: null, next_page: null, last_page: 1, per_page: 100 });
      const token = 'testmo-api-token-7f3a9c';
      const client = createTestmoClient({ baseUrl: api.origin, token, ...runtime });
      return { api, secrets: { token }, call: (init) => client.GET('/api/v1/groups', init as never) };
    },
  },
  {
    name: 'Kore.ai static JWT',
    path: '/api/public/groups',
    credentialHeader: 'auth',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { groups: [], availableMore: false });
      const jwt = fakeJwt({ appId: 'cs-static' }, 'kore-static-jwt-signature');
      const client = createKoreAiClient({ baseUrl: `${api.origin}/api/public`, jwt, rateLimit: false, ...runtime });
      return { api, secrets: { jwt }, call: (init) => client.GET('/groups', init as never) };
    },
  },
  {
    name: 'Kore.ai self-signed JWT (clientId/clientSecret)',
    path: '/api/public/groups',
    credentialHeader: 'auth',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { groups: [], availableMore: false });
      const clientSecret = 'kore-client-secret-0b1e5d';
      const client = createKoreAiClient({ baseUrl: `${api.origin}/api/public`, clientId: 'cs-app-id', clientSecret, rateLimit: false, ...runtime });
      const signed = capture(api, 'auth');
      return {
        api,
        get secrets() {
          return { clientSecret, ...(signed() ? { signedJwt: signed() } : {}) };
        },
        call: (init) => client.GET('/groups', init as never),
      };
    },
  },
  {
    name: 'Kaizala accessToken',
    path: '/v1/groups',
    credentialHeader: 'accesstoken',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { groups: [] });
      const accessToken = 'kaizala-static-access-token-91d2';
      const client = createKaizalaClient({ endpointUrl: api.origin, accessToken, rateLimit: false, ...runtime });
      return { api, secrets: { accessToken }, call: (init) => client.GET('/v1/groups', init as never) };
    },
  },
  {
    name: 'Kaizala connector credentials (token exchange)',
    path: '/v1/groups',
    credentialHeader: 'accesstoken',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { groups: [] });
      const issuedToken = 'kaizala-issued-access-token-55e0';
      const tokenService = await hostileApi((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ accessToken: issuedToken, endpointUrl: api.origin, accessTokenExpiry: Date.now() + day }));
        return true;
      });
      const credentials = { applicationId: 'kaizala-app-id-1', applicationSecret: 'kaizala-app-secret-c4f8', refreshToken: 'kaizala-refresh-token-a7b3' };
      const client = createKaizalaClient({ ...credentials, tokenServiceUrl: `${tokenService.origin}/v1`, rateLimit: false, ...runtime });
      return {
        api,
        secrets: { applicationSecret: credentials.applicationSecret, refreshToken: credentials.refreshToken, issuedToken },
        call: (init) => client.GET('/v1/groups', init as never),
      };
    },
  },
  {
    name: 'Passbolt JWT',
    path: '/groups.json?api-version=v2',
    credentialHeader: 'authorization',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { header: { status: 'success' }, body: [] });
      const client = createPassboltClient({ baseUrl: api.origin, accessToken: passboltJwt, ...runtime });
      return { api, secrets: { accessToken: passboltJwt }, call: (init) => client.GET('/groups.json', init as never) };
    },
  },
  {
    name: 'Passbolt JWT with refresh token',
    path: '/groups.json?api-version=v2',
    credentialHeader: 'authorization',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { header: { status: 'success' }, body: [] });
      const refreshToken = 'f1b7a8c2-passbolt-refresh-4d6e';
      const client = createPassboltClient({ baseUrl: api.origin, accessToken: passboltJwt, refreshToken, ...runtime });
      return { api, secrets: { accessToken: passboltJwt, refreshToken }, call: (init) => client.GET('/groups.json', init as never) };
    },
  },
  {
    name: 'Passbolt session cookie',
    path: '/groups.json?api-version=v2',
    credentialHeader: 'cookie',
    async setUp(handler, runtime = {}) {
      const api = await hostileApi(handler, { header: { status: 'success' }, body: [] });
      const sessionId = 'passbolt-session-id-3e9f0a';
      const client = createPassboltClient({ baseUrl: api.origin, sessionId, ...runtime });
      return { api, secrets: { sessionId }, call: (init) => client.GET('/groups.json', init as never) };
    },
  },
];
