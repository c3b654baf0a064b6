import {
  clockOf,
  faultQueue,
  rateLimitFor,
  retryAfterSeconds,
  seededRandom,
  startFakeServer,
  type FakeHandle,
  type FakeOptions,
  type FakeReply,
  type FakeRequest,
} from '@group-apis/core/fake-server';
import type { PassboltTokens } from '../jwt-refresh.js';
import type { components } from '../generated/schema.js';
import { generateData, type PassboltFakeGroup, type PassboltFakeMembership, type PassboltFakeUser } from './data.js';
import { parseGroupsQuery } from './query.js';
import { jwtIssuer, type PassboltFakeRefreshToken, type PassboltFakeSecurityAlert } from './tokens.js';
import { groupView } from './views.js';

type GroupList = components['schemas']['GroupList'];
type ErrorResponse = components['schemas']['ErrorResponse'];

export type { PassboltFakeGroup, PassboltFakeMembership, PassboltFakeUser } from './data.js';
export type { PassboltFakeRefreshToken, PassboltFakeSecurityAlert } from './tokens.js';

export interface PassboltFakeOptions extends FakeOptions {
  /** How many groups. Default 25. */
  readonly groups?: number;
  /** How many users (the first is an administrator). Default 20. */
  readonly users?: number;
  /** Access token lifetime. Default 5 minutes (passbolt's `passbolt.auth.token.access_token.expiry`). */
  readonly accessTokenLifetimeMs?: number;
  /** Refresh token lifetime. Default 30 days (passbolt's default is one month). */
  readonly refreshTokenLifetimeMs?: number;
}

export interface PassboltFakeState {
  readonly users: PassboltFakeUser[];
  readonly groups: PassboltFakeGroup[];
  /** The groups_users rows: who is in which group, and who manages it. */
  readonly memberships: PassboltFakeMembership[];
  readonly refreshTokens: Map<string, PassboltFakeRefreshToken>;
  /** `passbolt_session` cookie → user id. */
  readonly sessions: Map<string, string>;
  /** The security alerts passbolt would have mailed (a refresh token used twice, expired or unknown). */
  readonly securityAlerts: PassboltFakeSecurityAlert[];
}

export interface PassboltLogin extends PassboltTokens {
  readonly userId: string;
}

export interface PassboltFake extends FakeHandle<PassboltFakeState> {
  /** The instance URL: the client's `baseUrl`. */
  readonly url: string;
  /** What `POST /auth/jwt/login.json` hands out (its GPG challenge is not played): an access and a refresh token. Default user: the administrator. */
  login(userId?: string): PassboltLogin;
  /** A `passbolt_session` cookie value, as after a GpgAuth login. */
  loginSession(userId?: string): string;
}

const SUCCESS = 'The operation was successful.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A passbolt instance on 127.0.0.1: `GET /groups.json` with `filter[has-users]`, `filter[has-managers]`,
 * `contain[...]` (today's keys and the deprecated ones) and `order`; JWT access tokens (RS256, `sub`, `exp`)
 * and single-use refresh tokens rotated by `POST /auth/jwt/refresh.json`: a refresh token used twice, expired
 * or unknown gets 400 and a security alert, as passbolt answers it.
 */
export async function startPassboltFake(options: PassboltFakeOptions = {}): Promise<PassboltFake> {
  const random = seededRandom(options.seed ?? 1);
  const data = generateData(options.groups ?? 25, options.users ?? 20, random);
  const state: PassboltFakeState = {
    users: data.users,
    groups: data.groups,
    memberships: data.memberships,
    refreshTokens: new Map(),
    sessions: new Map(),
    securityAlerts: [],
  };
  const clock = clockOf(options.clock);
  // passbolt publishes no rate limit for this API; pass your own to test a 429.
  const limit = rateLimitFor(options.rateLimit, [], clock);
  const faults = faultQueue();
  const action = random.uuid();
  let origin = '';
  const jwt = await jwtIssuer({
    issuer: () => `${origin}/`,
    clock,
    random,
    accessTokenLifetimeMs: options.accessTokenLifetimeMs ?? 5 * 60_000,
    refreshTokenLifetimeMs: options.refreshTokenLifetimeMs ?? 30 * 24 * 3_600_000,
    refreshTokens: state.refreshTokens,
  });

  const header = (request: FakeRequest, status: number, message: string) => ({
    id: random.uuid(),
    status: status < 400 ? ('success' as const) : ('error' as const),
    servertime: Math.floor(clock.now() / 1000),
    action,
    message,
    url: `${request.url.pathname}${request.url.search}`,
    code: status,
  });
  const failure = (request: FakeRequest, status: number, message: string, headers?: Record<string, string>): FakeReply => ({
    status,
    headers,
    body: { header: { ...header(request, status, message), status: 'error' }, body: '' } satisfies ErrorResponse,
  });

  function refresh(request: FakeRequest): FakeReply {
    let payload: Record<string, unknown> = {};
    try {
      const parsed: unknown = request.body.length > 0 ? JSON.parse(request.body.toString('utf8')) : {};
      if (typeof parsed === 'object' && parsed !== null) payload = parsed as Record<string, unknown>;
    } catch {
      return failure(request, 400, 'The request body is not valid JSON.');
    }
    const cookie = /(?:^|;\s*)refresh_token=([^;]*)/.exec(request.headers.cookie ?? '')?.[1];
    const fromBody = typeof payload.refresh_token === 'string' || typeof payload.user_id === 'string';
    const token = fromBody ? payload.refresh_token : cookie && decodeURIComponent(cookie);
    const userId = fromBody ? payload.user_id : undefined;
    if (typeof token !== 'string' || !UUID.test(token)) return failure(request, 400, 'The refresh token should be a valid UUID.');
    if (fromBody && (typeof userId !== 'string' || !UUID.test(userId))) return failure(request, 400, 'The user ID should be a valid UUID.');
    const stored = state.refreshTokens.get(token);
    const alert = (reason: PassboltFakeSecurityAlert['reason'], message: string) => {
      state.securityAlerts.push({ userId: (userId as string | undefined) ?? stored?.userId, reason, message, at: clock.now() });
      return failure(request, 400, message);
    };
    if (!stored || (userId !== undefined && stored.userId !== userId)) return alert('not-found', 'No active refresh token matching the request could be found.');
    if (!stored.active) return alert('consumed', 'The refresh token provided was already used.');
    if (stored.expiresAt <= clock.now()) return alert('expired', 'Expired refresh token provided.');
    stored.active = false;
    const next = jwt.refreshToken(stored.userId);
    const expires = new Date(clock.now() + (options.refreshTokenLifetimeMs ?? 30 * 24 * 3_600_000)).toUTCString();
    return {
      status: 200,
      headers: { 'set-cookie': `refresh_token=${next}; expires=${expires}; path=/; secure; httponly` },
      body: { header: header(request, 200, SUCCESS), body: { access_token: jwt.accessToken(stored.userId) } },
    };
  }

  function viewer(request: FakeRequest): string | undefined {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) return jwt.verify(bearer);
    const session = /(?:^|;\s*)passbolt_session=([^;]*)/.exec(request.headers.cookie ?? '')?.[1];
    return session === undefined ? undefined : state.sessions.get(session);
  }

  function listGroups(request: FakeRequest): FakeReply {
    const userId = viewer(request);
    const user = state.users.find((candidate) => candidate.id === userId);
    if (!user || !user.active || user.deleted) return failure(request, 401, 'Authentication is required to continue');
    const decision = limit?.take(user.id);
    if (decision && !decision.allowed) return failure(request, 429, 'Too many requests.', { 'retry-after': retryAfterSeconds(decision.retryAfterMs) });
    const query = parseGroupsQuery(request.url.searchParams);
    if (typeof query === 'string') return failure(request, 400, query);
    const inGroup = (group: PassboltFakeGroup, userIds: string[], managers: boolean) =>
      userIds.every((id) => state.memberships.some((row) => row.group_id === group.id && row.user_id === id && (!managers || row.is_admin)));
    const groups = state.groups
      .filter((group) => !group.deleted && inGroup(group, query.filter['has-users'], false) && inGroup(group, query.filter['has-managers'], true))
      .sort((a, b) => a.name.localeCompare(b.name) * (query.descending ? -1 : 1));
    const body: GroupList = {
      // Servers since 3.6 send no header.title.
      header: header(request, 200, SUCCESS),
      body: groups.map((group) => groupView(group, state, query.contain, user.id)),
    };
    return { status: 200, body };
  }

  function answer(request: FakeRequest): FakeReply {
    const path = request.url.pathname;
    if (path === '/auth/jwt/refresh.json' && request.method === 'POST') return refresh(request);
    if (path === '/groups.json' && request.method === 'GET') return listGroups(request);
    return failure(request, 404, 'Page not found.');
  }

  const admin = (state.users[0] as PassboltFakeUser).id;
  const known = (userId: string) => {
    if (!state.users.some((user) => user.id === userId)) throw new RangeError(`no user ${userId} in the fake's state`);
    return userId;
  };
  const login = (userId = admin): PassboltLogin => {
    known(userId);
    return { userId, accessToken: jwt.accessToken(userId), refreshToken: jwt.refreshToken(userId) };
  };

  const server = await startFakeServer({
    handle: answer,
    faults,
    faultBody: (status, request) => ({ header: { ...header(request, status, status >= 500 ? 'Internal error.' : 'The request failed.'), status: 'error' }, body: '' }) satisfies ErrorResponse,
    host: options.host,
    port: options.port,
    record: options.record,
    control: options.control ? { faults, clock, state: () => state, actions: { login: () => login() } } : undefined,
  });
  origin = server.origin;

  return {
    url: origin,
    login,
    loginSession(userId = admin) {
      const session = random.hex(26);
      state.sessions.set(session, known(userId));
      return session;
    },
    state,
    fail: faults,
    clock,
    exchanges: server.exchanges,
    close: server.close,
  };
}
