import { describe, expectTypeOf, it } from 'vitest';
import {
  createKaizalaClient,
  resultError,
  unwrap,
  type CreatedGroup,
  type GroupApiError,
  type Group,
  type GroupList,
  type GroupType,
  type KaizalaErrorBody,
  type NewGroup,
} from '../src/index.js';

const client = createKaizalaClient({ endpointUrl: 'https://inc-001.KaizalaMessaging.osi.office.net', accessToken: 'type-test-token' });

describe('Kaizala client types', () => {
  it('types the list and get responses as GroupList, and their errors as KaizalaErrorBody', () => {
    const list = () => client.GET('/v1/groups', { params: { query: { showDetail: true, fetchAllGroups: true } } });
    expectTypeOf<Awaited<ReturnType<typeof list>>['data']>().toEqualTypeOf<GroupList | undefined>();
    expectTypeOf<Awaited<ReturnType<typeof list>>['error']>().toEqualTypeOf<KaizalaErrorBody | undefined>();
    const get = () => client.GET('/v1/groups/{groupId}', { params: { path: { groupId: 'id' } } });
    expectTypeOf<Awaited<ReturnType<typeof get>>['data']>().toEqualTypeOf<GroupList | undefined>();
    expectTypeOf<GroupList['groups']>().toEqualTypeOf<Group[]>();
  });

  it('types a group: id and name always there, the rest optional, the image URL under both spellings', () => {
    expectTypeOf<Group['groupId']>().toEqualTypeOf<string>();
    expectTypeOf<Group['groupName']>().toEqualTypeOf<string>();
    expectTypeOf<Group['groupImageUrl']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Group['groupImageURL']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Group['userCount']>().toEqualTypeOf<number | undefined>();
    // Open on responses (any group type a server sends is accepted); the request's `GroupType` stays closed.
    expectTypeOf<Group['groupType']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupType>().toEqualTypeOf<'Group' | 'ConnectGroup'>();
    expectTypeOf<Group['welcomeMessage']>().toEqualTypeOf<string | undefined>();
  });

  it('types createGroup: name and welcomeMessage required, groupType an enum, CreatedGroup back', () => {
    const create = () => client.POST('/v1/groups', { body: { name: 'n', welcomeMessage: 'w', members: ['+911099999999'], groupType: 'ConnectGroup' } });
    expectTypeOf<Awaited<ReturnType<typeof create>>['data']>().toEqualTypeOf<CreatedGroup | undefined>();
    expectTypeOf<CreatedGroup['membersAdded']>().toEqualTypeOf<boolean>();
    expectTypeOf<NewGroup['members']>().toEqualTypeOf<string[] | undefined>();
    // @ts-expect-error welcomeMessage is required
    void (() => client.POST('/v1/groups', { body: { name: 'n' } }));
    // @ts-expect-error groupType is Group or ConnectGroup
    void (() => client.POST('/v1/groups', { body: { name: 'n', welcomeMessage: 'w', groupType: 'PublicGroup' } }));
    // @ts-expect-error members are strings (mobile numbers), not numbers
    void (() => client.POST('/v1/groups', { body: { name: 'n', welcomeMessage: 'w', members: [911099999999] } }));
  });

  it('takes showDetail and fetchAllGroups as booleans, and groupId as a required path parameter', () => {
    // @ts-expect-error showDetail is a boolean, not a string
    void (() => client.GET('/v1/groups', { params: { query: { showDetail: 'true' } } }));
    // @ts-expect-error the page's spelling is showDetail
    void (() => client.GET('/v1/groups', { params: { query: { showDetails: true } } }));
    // @ts-expect-error groupId is required
    void (() => client.GET('/v1/groups/{groupId}', { params: { path: {} } }));
    // @ts-expect-error the API's paths start with /v1
    void (() => client.GET('/groups/{groupId}', { params: { path: { groupId: 'id' } } }));
  });

  it('requires an endpoint URL and an access token', () => {
    // @ts-expect-error accessToken is required
    void (() => createKaizalaClient({ endpointUrl: 'https://inc-001.KaizalaMessaging.osi.office.net' }));
    // @ts-expect-error endpointUrl is required
    void (() => createKaizalaClient({ accessToken: 'token' }));
  });

  it('takes connector credentials instead, all three of them, never mixed with a ready token', () => {
    void (() => createKaizalaClient({ applicationId: 'id', applicationSecret: 'secret', refreshToken: 'refresh' }));
    void (() => createKaizalaClient({ applicationId: 'id', applicationSecret: 'secret', refreshToken: 'refresh', tokenServiceUrl: 'http://127.0.0.1:1/v1' }));
    // @ts-expect-error the refresh token is required
    void (() => createKaizalaClient({ applicationId: 'id', applicationSecret: 'secret' }));
    // @ts-expect-error a ready access token and connector credentials are alternatives
    void (() => createKaizalaClient({ applicationId: 'id', applicationSecret: 'secret', refreshToken: 'refresh', accessToken: 'token' }));
    // @ts-expect-error the exchange URL only goes with connector credentials
    void (() => createKaizalaClient({ endpointUrl: 'https://inc-001.KaizalaMessaging.osi.office.net', accessToken: 'token', tokenServiceUrl: 'x' }));
  });

  it('takes the runtime options: timeout, retries, rate limit (or false), logger, fetch, base URL', () => {
    void (() =>
      createKaizalaClient({
        endpointUrl: 'https://inc-001.KaizalaMessaging.osi.office.net',
        accessToken: 'token',
        timeoutMs: 5_000,
        retry: { maxRetries: 1 },
        rateLimit: false,
        logger: (entry) => expectTypeOf(entry.attempt).toEqualTypeOf<number>(),
        fetch: globalThis.fetch,
        baseUrl: 'http://127.0.0.1:8080',
      }));
    // @ts-expect-error retry options are typed
    void (() => createKaizalaClient({ endpointUrl: 'x', accessToken: 'token', retry: { maxRetries: 'twice' } }));
    // @ts-expect-error the base URL is a string
    void (() => createKaizalaClient({ endpointUrl: 'x', accessToken: 'token', baseUrl: { get: () => 'x' } }));
  });

  it('unwraps to the success body and types the error body as KaizalaErrorBody', () => {
    // Wrapped in functions: the type tests run, and must not send anything.
    const list = () => unwrap(client.GET('/v1/groups'));
    expectTypeOf<ReturnType<typeof list>>().toEqualTypeOf<Promise<GroupList>>();
    const create = () => unwrap(client.POST('/v1/groups', { body: { name: 'n', welcomeMessage: 'w' } }));
    expectTypeOf<ReturnType<typeof create>>().toEqualTypeOf<Promise<CreatedGroup>>();
    const failed = async () => resultError(await client.GET('/v1/groups/{groupId}', { params: { path: { groupId: 'id' } } }));
    expectTypeOf<Awaited<ReturnType<typeof failed>>>().toEqualTypeOf<GroupApiError<KaizalaErrorBody>>();
  });
});
