import { describe, expectTypeOf, it } from 'vitest';
import {
  createKaizalaClient,
  type CreatedGroup,
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
    expectTypeOf<Group['groupType']>().toEqualTypeOf<GroupType | undefined>();
    expectTypeOf<GroupType>().toEqualTypeOf<'Group' | 'ConnectGroup'>();
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
});
