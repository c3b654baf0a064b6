import {
  clockOf,
  faultQueue,
  rateLimitFor,
  retryAfterSeconds,
  startFakeServer,
  type FakeHandle,
  type FakeOptions,
  type FakeReply,
  type FakeRequest,
} from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';
import type { AccessTokenResponse, ConnectorCredentials } from '../token-service.js';
import { generateGroups, type KaizalaFakeGroup } from './data.js';
import { basicView, detailView, getView } from './views.js';

type GroupList = components['schemas']['GroupList'];
type CreatedGroup = components['schemas']['CreatedGroup'];
type ErrorBody = components['schemas']['Error'];

export type { KaizalaFakeGroup } from './data.js';

/** A connector registered with the fake: its credentials and whether it may create groups. */
export interface KaizalaFakeConnector extends ConnectorCredentials {
  canCreateGroups: boolean;
}

export interface KaizalaFakeAccessToken {
  readonly applicationId: string;
  /** Epoch ms on the fake's clock. */
  expiresAt: number;
}

export interface KaizalaFakeOptions extends FakeOptions {
  /** How many groups the user has (about a quarter are sub groups of another). Default 25. */
  readonly groups?: number;
  /** How long an access token lives. Default 24 h, as Kaizala's. */
  readonly accessTokenLifetimeMs?: number;
}

export interface KaizalaFakeState {
  readonly groups: KaizalaFakeGroup[];
  readonly connectors: KaizalaFakeConnector[];
  /** Access token → who it belongs to and when it expires; delete one to revoke it. */
  readonly accessTokens: Map<string, KaizalaFakeAccessToken>;
  /** The endpoint every call belongs at; `moveEndpoint()` replaces it. */
  endpoint: number;
}

export interface KaizalaFake extends FakeHandle<KaizalaFakeState> {
  /** The fake's origin; the token service is at `${url}/v1`, endpoints at `${url}/inc-<n>`. */
  readonly url: string;
  /** Connector credentials and `tokenServiceUrl`: spread into `createKaizalaClient`. */
  readonly credentials: ConnectorCredentials & { readonly tokenServiceUrl: string };
  /** The current endpoint URL, as the token exchange returns it. */
  readonly endpointUrl: string;
  /** Moves the user's endpoint: calls to the old one get 308 to the new one, which the exchange then returns. */
  moveEndpoint(): string;
  /** An access token and endpoint as the exchange would return them, for `{ accessToken, endpointUrl }` clients. */
  issueAccessToken(): AccessTokenResponse;
}

/** "100 calls per min per connector" (Kaizala API documentation). */
const PUBLISHED_LIMITS = [{ maxRequests: 100, intervalMs: 60_000 }];
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_MEMBERS = 100;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const GROUP_TYPES = ['Group', 'ConnectGroup'];

const error = (status: number, message: string, headers?: Record<string, string>): FakeReply => ({ status, headers, body: { message } satisfies ErrorBody });
const unauthorized = () => error(401, 'Authorization has been denied for this request.');

function flag(value: string | null): boolean | undefined | 'invalid' {
  if (value === null) return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : 'invalid';
}

/** The body of `POST /v1/groups` if it is a group Kaizala would create, else why not. */
function newGroupOf(body: Buffer): components['schemas']['NewGroup'] | string {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return 'The request body is not valid JSON.';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The request body must be a JSON object.';
  const { name, welcomeMessage, members, groupType } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return 'name is required.';
  if (typeof welcomeMessage !== 'string') return 'welcomeMessage is required.';
  if (members !== undefined && (!Array.isArray(members) || members.some((member) => typeof member !== 'string' || !E164.test(member)))) {
    return 'members must be mobile numbers with their country code, such as +911099999999.';
  }
  if (Array.isArray(members) && members.length > MAX_MEMBERS) return `A maximum of ${MAX_MEMBERS} mobile numbers can be added at once.`;
  if (groupType !== undefined && !GROUP_TYPES.includes(groupType as string)) return 'groupType must be Group or ConnectGroup.';
  return { name, welcomeMessage, members: members as string[] | undefined, groupType: groupType as 'Group' | 'ConnectGroup' | undefined };
}

/**
 * Kaizala on 127.0.0.1: the token exchange (`GET /v1/accessToken` with the connector's applicationId,
 * applicationSecret and refreshToken) answering an access token, its expiry and an endpointUrl; groups on
 * that endpoint (create, list with `fetchAllGroups`/`showDetail`, get), 401 once a token has expired, 308
 * from an endpoint that moved, and 100 calls a minute per connector.
 */
export async function startKaizalaFake(options: KaizalaFakeOptions = {}): Promise<KaizalaFake> {
  const seed = options.seed ?? 1;
  const { groups, random } = generateGroups(options.groups ?? 25, seed);
  const connector: KaizalaFakeConnector = {
    applicationId: `${random.uuid()}`,
    applicationSecret: `fake-secret-${random.hex(12)}`,
    refreshToken: `fake-refresh-${random.hex(24)}`,
    canCreateGroups: true,
  };
  const state: KaizalaFakeState = { groups, connectors: [connector], accessTokens: new Map(), endpoint: 1 };
  const clock = clockOf(options.clock);
  const lifetimeMs = options.accessTokenLifetimeMs ?? DAY_MS;
  const limit = rateLimitFor(options.rateLimit, PUBLISHED_LIMITS, clock);
  const faults = faultQueue();
  let origin = '';
  let issued = 0;
  const endpointUrlOf = (endpoint: number) => `${origin}/inc-${String(endpoint).padStart(3, '0')}`;

  function moveEndpoint(): string {
    state.endpoint += 1;
    return endpointUrlOf(state.endpoint);
  }

  function issue(applicationId: string): AccessTokenResponse {
    issued += 1;
    // Opaque to the client; the counter keeps tokens distinct, the random part keeps them unguessable-looking.
    const accessToken = `fake-access-${issued}-${random.hex(16)}`;
    const expiresAt = clock.now() + lifetimeMs;
    state.accessTokens.set(accessToken, { applicationId, expiresAt });
    return { accessToken, endpointUrl: endpointUrlOf(state.endpoint), accessTokenExpiry: expiresAt };
  }

  function exchange(request: FakeRequest): FakeReply {
    const { applicationid, applicationsecret, refreshtoken } = request.headers;
    const known = state.connectors.find((candidate) => candidate.applicationId === applicationid);
    if (!known || known.applicationSecret !== applicationsecret || known.refreshToken !== refreshtoken) return unauthorized();
    return { status: 200, body: issue(known.applicationId) };
  }

  function groupsCall(request: FakeRequest, path: string, applicationId: string): FakeReply {
    const query = request.url.searchParams;
    if (path === '/v1/groups' && request.method === 'POST') {
      const connectorOf = state.connectors.find((candidate) => candidate.applicationId === applicationId);
      if (!connectorOf?.canCreateGroups) return error(403, 'The connector does not have permission for this operation.');
      const created = newGroupOf(request.body);
      if (typeof created === 'string') return error(400, created);
      const group: KaizalaFakeGroup = {
        groupId: random.uuid(),
        groupName: created.name,
        welcomeMessage: created.welcomeMessage,
        groupType: created.groupType ?? 'Group',
        members: [...new Set(created.members ?? [])],
        unprovisioned: [],
        parentIds: [],
        callerRole: 'Admin',
      };
      state.groups.push(group);
      return { status: 200, body: { groupName: group.groupName, groupId: group.groupId, membersAdded: true } satisfies CreatedGroup };
    }
    if (path === '/v1/groups' && request.method === 'GET') {
      const showDetail = flag(query.get('showDetail'));
      const fetchAllGroups = flag(query.get('fetchAllGroups'));
      if (showDetail === 'invalid' || fetchAllGroups === 'invalid') return error(400, 'showDetail and fetchAllGroups are true or false.');
      const listed = fetchAllGroups ? state.groups : state.groups.filter((group) => group.parentIds.length === 0);
      const view = showDetail ? detailView : basicView;
      return { status: 200, body: { groups: listed.map((group) => view(group, state.groups)) } satisfies GroupList };
    }
    const one = /^\/v1\/groups\/([^/]+)$/.exec(path);
    if (one && request.method === 'GET') {
      const group = state.groups.find((candidate) => candidate.groupId === decodeURIComponent(one[1] as string));
      if (!group) return error(404, 'The group was not found.');
      return { status: 200, body: { groups: [getView(group, state.groups)] } satisfies GroupList };
    }
    return error(404, 'No such API.');
  }

  function answer(request: FakeRequest): FakeReply {
    const path = request.url.pathname;
    if (path === '/v1/accessToken' && request.method === 'GET') return exchange(request);
    const endpoint = /^\/inc-(\d{3,})(\/.*)?$/.exec(path);
    if (!endpoint) return error(404, 'No such API.');
    const number = Number(endpoint[1]);
    if (number < 1 || number > state.endpoint) return error(404, 'No such endpoint.');
    // An old endpoint answers every call with 308 to the user's current one, before any other check.
    if (number !== state.endpoint) return { status: 308, headers: { location: endpointUrlOf(state.endpoint) } };
    const token = state.accessTokens.get(request.headers.accesstoken ?? '');
    if (!token || token.expiresAt <= clock.now()) return unauthorized();
    const decision = limit?.take(token.applicationId);
    if (decision && !decision.allowed) return error(429, 'Too many requests.', { 'retry-after': retryAfterSeconds(decision.retryAfterMs) });
    return groupsCall(request, endpoint[2] ?? '/', token.applicationId);
  }

  const server = await startFakeServer({
    handle: answer,
    faults,
    faultBody: (status) => ({ message: status >= 500 ? 'An error has occurred.' : 'The request failed.' }) satisfies ErrorBody,
    host: options.host,
    port: options.port,
    record: options.record,
    control: options.control
      ? { faults, clock, state: () => state, actions: { 'move-endpoint': () => ({ endpointUrl: moveEndpoint() }), 'access-token': () => issue(connector.applicationId) } }
      : undefined,
  });
  origin = server.origin;
  return {
    url: origin,
    credentials: {
      applicationId: connector.applicationId,
      applicationSecret: connector.applicationSecret,
      refreshToken: connector.refreshToken,
      tokenServiceUrl: `${origin}/v1`,
    },
    get endpointUrl() {
      return endpointUrlOf(state.endpoint);
    },
    moveEndpoint,
    issueAccessToken: () => issue(connector.applicationId),
    state,
    fail: faults,
    clock,
    exchanges: server.exchanges,
    close: server.close,
  };
}
