import {
  clockOf,
  faultQueue,
  rateLimitFor,
  retryAfterSeconds,
  startFakeServer,
  verifyHs256,
  decodeJwtParts,
  type FakeHandle,
  type FakeOptions,
  type FakeReply,
  type FakeRequest,
} from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';
import { generateGroups } from './data.js';

type Group = components['schemas']['Group'];
type GroupList = components['schemas']['GroupList'];
type ErrorList = components['schemas']['ErrorList'];

/** An app created in the Bot Admin Console: its credentials, and whether it has the Role Management admin scope. */
export interface KoreAiFakeApp {
  readonly clientId: string;
  readonly clientSecret: string;
  hasGroupsScope: boolean;
}

export interface KoreAiFakeOptions extends FakeOptions {
  /** How many groups the account has. Default 25. */
  readonly groups?: number;
  /** The app the client signs its JWTs as. Default: `cs-fake-app` with a secret derived from the seed. */
  readonly app?: { readonly clientId: string; readonly clientSecret: string };
}

export interface KoreAiFakeState {
  readonly groups: Group[];
  /** The apps whose JWTs the account accepts; push one with `hasGroupsScope: false` to get 403. */
  readonly apps: KoreAiFakeApp[];
}

export interface KoreAiFake extends FakeHandle<KoreAiFakeState> {
  /** `http://127.0.0.1:<port>/api/public`: the client's `baseUrl`. */
  readonly url: string;
  /** `{ clientId, clientSecret }` of the default app: spread into `createKoreAiClient`. */
  readonly credentials: { readonly clientId: string; readonly clientSecret: string };
}

/** Kore.ai's published limits for admin-scope APIs, per account (community.kore.ai, "Understanding Rate Limits"). */
const PUBLISHED_LIMITS = [
  { maxRequests: 60, intervalMs: 60_000 },
  { maxRequests: 1_800, intervalMs: 3_600_000 },
];
/** The page sets a maximum of 50 and no default; the fake answers 50 when `limit` is absent. */
const MAX_LIMIT = 50;

const error = (status: number, msg: string, headers?: Record<string, string>): FakeReply => ({
  status,
  headers,
  body: { errors: [{ msg, code: status }] } satisfies ErrorList,
});

function integerParam(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/**
 * Kore.ai's `GET /api/public/groups` on 127.0.0.1: the `auth` header's HS256 JWT verified against the app's
 * client secret (its `appId` claim names the app) and its `exp`; `offset` as a page number, `limit` up to
 * 50, `availableMore` false on the last page; 60 calls a minute and 1 800 an hour, then 429 with Retry-After.
 */
export async function startKoreAiFake(options: KoreAiFakeOptions = {}): Promise<KoreAiFake> {
  const seed = options.seed ?? 1;
  const app = options.app ?? { clientId: 'cs-fake-app', clientSecret: `fake-secret-${seed}` };
  const state: KoreAiFakeState = { groups: generateGroups(options.groups ?? 25, seed), apps: [{ ...app, hasGroupsScope: true }] };
  const clock = clockOf(options.clock);
  const limit = rateLimitFor(options.rateLimit, PUBLISHED_LIMITS, clock);
  const faults = faultQueue();

  function authenticate(request: FakeRequest): KoreAiFakeApp | FakeReply {
    const token = request.headers.auth;
    if (!token) return error(401, 'Unauthorized: the auth header is missing');
    const appId = decodeJwtParts(token)?.claims.appId;
    const signer = state.apps.find((candidate) => candidate.clientId === appId);
    const claims = signer && verifyHs256(token, signer.clientSecret);
    if (!signer || !claims) return error(401, 'Invalid JWT');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= clock.now()) return error(401, 'JWT expired');
    return signer;
  }

  function answer(request: FakeRequest): FakeReply {
    if (request.url.pathname !== '/api/public/groups') return error(404, 'Not found');
    if (request.method !== 'GET') return error(405, 'Method not allowed');
    const signer = authenticate(request);
    if ('status' in signer) return signer;
    if (!signer.hasGroupsScope) return error(403, 'Access denied for the requested API scope');
    const decision = limit?.take('account');
    if (decision && !decision.allowed) return error(429, 'Rate limit for this API has been reached. Please try again after some time.', { 'retry-after': retryAfterSeconds(decision.retryAfterMs) });

    const query = request.url.searchParams;
    const offset = integerParam(query.get('offset'), 0);
    const size = integerParam(query.get('limit'), MAX_LIMIT);
    if (offset === undefined) return error(400, 'offset must be a page number of 0 or more');
    if (size === undefined || size < 1 || size > MAX_LIMIT) return error(400, `limit must be between 1 and ${MAX_LIMIT}`);
    const groups = state.groups.slice(offset * size, (offset + 1) * size);
    const body: GroupList = { total: groups.length, availableMore: (offset + 1) * size < state.groups.length, groups };
    return { status: 200, body };
  }

  const server = await startFakeServer({
    handle: answer,
    faults,
    faultBody: (status) => ({ errors: [{ msg: status >= 500 ? 'Internal server error' : 'Request failed', code: status }] }) satisfies ErrorList,
    host: options.host,
    port: options.port,
    record: options.record,
    control: options.control ? { faults, clock, state: () => state } : undefined,
  });
  return {
    url: `${server.origin}/api/public`,
    credentials: { clientId: app.clientId, clientSecret: app.clientSecret },
    state,
    fail: faults,
    clock,
    exchanges: server.exchanges,
    close: server.close,
  };
}
