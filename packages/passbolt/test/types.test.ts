import { describe, expectTypeOf, it } from 'vitest';
import {
  createPassboltClient,
  type AuthenticationError,
  type RefreshTokenSpentError,
  resultError,
  unwrap,
  type Group,
  type GroupApiError,
  type PassboltTokens,
  type GroupList,
  type GroupMember,
  type GroupMembership,
  type MfaRequired,
  type PassboltErrorBody,
  type ResponseHeader,
  type User,
} from '../src/index.js';

const client = createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'type-test-jwt' });
const ADA = 'd57c10f5-639d-5160-9c81-8a0c6c4ec856';

describe('passbolt client types', () => {
  it('types the response envelope, the groups and their contained users', () => {
    expectTypeOf<GroupList['header']>().toEqualTypeOf<ResponseHeader>();
    expectTypeOf<GroupList['body']>().toEqualTypeOf<Group[]>();
    // An open enum: `success`/`error` documented, any other value accepted (responses are read liberally).
    expectTypeOf<ResponseHeader['status']>().toEqualTypeOf<string>();
    expectTypeOf<ResponseHeader['servertime']>().toEqualTypeOf<number>();
    // Gone from the envelope since passbolt 3.6: optional, for older servers.
    expectTypeOf<ResponseHeader['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Group['my_group_user']>().toEqualTypeOf<GroupMembership | null | undefined>();
    expectTypeOf<Group['user_count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<User['last_logged_in']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<GroupMembership['user']>().toEqualTypeOf<User | undefined>();
    expectTypeOf<Group['users']>().toEqualTypeOf<GroupMember[] | undefined>();
    expectTypeOf<Group['groups_users']>().toEqualTypeOf<GroupMembership[] | undefined>();
    expectTypeOf<Group['modifier']>().toEqualTypeOf<User | undefined>();
    expectTypeOf<GroupMember['_joinData']>().toEqualTypeOf<GroupMembership>();
    expectTypeOf<GroupMember['_joinData']['is_admin']>().toEqualTypeOf<boolean>();
    expectTypeOf<GroupMember['username']>().toEqualTypeOf<string>();
  });

  it('returns the group list as data and the error envelope as error', () => {
    const call = () => client.GET('/groups.json', { params: { query: { contain: { user: 1 } } } });
    type Result = Awaited<ReturnType<typeof call>>;
    // openapi-fetch maps response types (Readable<T>), which flattens GroupMember's User & { _joinData }:
    // the same shape, so it is checked both ways rather than for identity.
    expectTypeOf<Result['data']>().not.toBeAny();
    expectTypeOf<NonNullable<Result['data']>>().toExtend<GroupList>();
    expectTypeOf<GroupList>().toExtend<NonNullable<Result['data']>>();
    expectTypeOf<NonNullable<Result['data']>['body'][number]['users']>().toExtend<GroupMember[] | undefined>();
    expectTypeOf<Result['error']>().toEqualTypeOf<PassboltErrorBody | undefined>();
    expectTypeOf<PassboltErrorBody['header']['status']>().toEqualTypeOf<string>();
    // The body of a pending MFA step (403) is an object naming the providers; most other errors send "".
    expectTypeOf<MfaRequired>().toExtend<PassboltErrorBody['body']>();
    expectTypeOf<MfaRequired['mfa_providers']>().toEqualTypeOf<string[]>();
  });

  it('takes the filters the server knows, as arrays of user ids', () => {
    void (() => client.GET('/groups.json', { params: { query: { filter: { 'has-users': [ADA], 'has-managers': [ADA] } } } }));
    // @ts-expect-error the page's `has-manager` is silently ignored by the server: only `has-managers` exists
    void (() => client.GET('/groups.json', { params: { query: { filter: { 'has-manager': [ADA] } } } }));
    // @ts-expect-error a filter takes an array of ids, not one id
    void (() => client.GET('/groups.json', { params: { query: { filter: { 'has-users': ADA } } } }));
  });

  it('takes contain flags as 1/0 or booleans, under every key the server whitelists', () => {
    void (() =>
      client.GET('/groups.json', {
        params: {
          query: {
            contain: {
              users: 1,
              groups_users: true,
              'groups_users.user': 1,
              'groups_users.user.profile': 1,
              'groups_users.user.gpgkey': 0,
              my_group_user: 1,
              modifier: true,
              'modifier.profile': 1,
            },
          },
        },
      }));
    // The page's singular keys are deprecated by the server but still accepted, so still typed.
    void (() => client.GET('/groups.json', { params: { query: { contain: { user: 1, group_user: 0, 'group_user.user.profile': 1 } } } }));
    // @ts-expect-error a contain flag is 1, 0, true or false
    void (() => client.GET('/groups.json', { params: { query: { contain: { user: 'yes' } } } }));
    // @ts-expect-error the endpoint cannot contain this association
    void (() => client.GET('/groups.json', { params: { query: { contain: { resource: 1 } } } }));
  });

  it('takes only the sort orders the server allows', () => {
    void (() => client.GET('/groups.json', { params: { query: { order: 'Group.name ASC' } } }));
    void (() => client.GET('/groups.json', { params: { query: { order: 'Group.name DESC' } } }));
    // @ts-expect-error the server only sorts on Group.name
    void (() => client.GET('/groups.json', { params: { query: { order: 'User.username ASC' } } }));
    // @ts-expect-error the page's `order[]` is the `order` parameter
    void (() => client.GET('/groups.json', { params: { query: { 'order[]': 'Group.name ASC' } } }));
  });

  it('requires a base URL and exactly one credential', () => {
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', sessionId: 'session' }));
    // @ts-expect-error a credential is required
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local' }));
    // @ts-expect-error a JWT access token and a session cookie are alternatives
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', sessionId: 'session' }));
    // @ts-expect-error passbolt is self-hosted: there is no default base URL
    void (() => createPassboltClient({ accessToken: 'jwt' }));
  });

  it('takes a refresh token (and user id) with the access token, or a token provider', () => {
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', refreshToken: 'uuid' }));
    void (() =>
      createPassboltClient({
        baseUrl: 'https://passbolt.local',
        accessToken: 'jwt',
        refreshToken: 'uuid',
        userId: ADA,
        onTokenRefresh: (tokens) => {
          expectTypeOf(tokens).toEqualTypeOf<PassboltTokens>();
        },
      }));
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', getAccessToken: async () => 'jwt' }));
    // @ts-expect-error a refresh token renews an access token: it needs one
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', refreshToken: 'uuid' }));
    // @ts-expect-error the user id only goes with a refresh token
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', userId: ADA }));
    // @ts-expect-error a token provider replaces the access token
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', getAccessToken: async () => 'jwt' }));
    // @ts-expect-error the provider returns a promise of the token
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', getAccessToken: () => 'jwt' }));
    // @ts-expect-error a session cookie cannot be refreshed
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', sessionId: 'session', refreshToken: 'uuid' }));
  });

  it('takes a `login` only with a refresh token, returning a new pair; RefreshTokenSpentError is an AuthenticationError', () => {
    const pair: PassboltTokens = { accessToken: 'jwt', refreshToken: 'uuid' };
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', refreshToken: 'uuid', login: async () => pair }));
    // @ts-expect-error login returns the new pair, not only an access token
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', refreshToken: 'uuid', login: async () => 'jwt' }));
    // @ts-expect-error without a refresh token there is nothing to fall back from
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', login: async () => pair }));
    // @ts-expect-error a token provider is asked every time already
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', getAccessToken: async () => 'jwt', login: async () => pair }));
    expectTypeOf<RefreshTokenSpentError>().toExtend<AuthenticationError<undefined>>();
  });

  it('takes the runtime options: timeout, retries, rate limit, logger, fetch', () => {
    void (() =>
      createPassboltClient({
        baseUrl: 'https://passbolt.local',
        accessToken: 'jwt',
        timeoutMs: 5_000,
        retry: false,
        rateLimit: { maxRequests: 10, intervalMs: 1_000 },
        logger: (entry) => expectTypeOf(entry.url).toEqualTypeOf<string>(),
        fetch: globalThis.fetch,
      }));
    // @ts-expect-error a rate limit needs both numbers
    void (() => createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'jwt', rateLimit: { maxRequests: 10 } }));
  });

  it('unwraps to GroupList and types the error body as PassboltErrorBody', () => {
    // Wrapped in functions: the type tests run, and must not send anything.
    const list = () => unwrap(client.GET('/groups.json'));
    expectTypeOf<Awaited<ReturnType<typeof list>>>().toExtend<GroupList>();
    const failed = async () => resultError(await client.GET('/groups.json'));
    expectTypeOf<Awaited<ReturnType<typeof failed>>>().toEqualTypeOf<GroupApiError<PassboltErrorBody>>();
  });
});
