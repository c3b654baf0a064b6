import { describe, expectTypeOf, it } from 'vitest';
import { createKoreAiClient, type Group, type GroupList, type GroupMember } from '../src/index.js';

const client = createKoreAiClient({ jwt: 'type-test-jwt' });

describe('Kore.ai client types', () => {
  it('types the listGroups response and its members', () => {
    expectTypeOf<GroupMember['jTitle']>().toEqualTypeOf<string | null>();
    expectTypeOf<GroupList['availableMore']>().toEqualTypeOf<boolean>();
    expectTypeOf<Group['users']>().toEqualTypeOf<GroupMember[]>();
    const call = () => client.GET('/groups', { params: { query: { offset: 0, limit: 2 } } });
    expectTypeOf<Awaited<ReturnType<typeof call>>['data']>().toEqualTypeOf<GroupList | undefined>();
  });

  it('takes offset and limit as numbers only', () => {
    void (() => client.GET('/groups', { params: { query: { offset: 0, limit: 2 } } }));
    // @ts-expect-error limit is an integer, not a string
    void (() => client.GET('/groups', { params: { query: { limit: '2' } } }));
    // @ts-expect-error the API has no such query parameter
    void (() => client.GET('/groups', { params: { query: { page: 1 } } }));
    // @ts-expect-error the API has no such path
    void (() => client.GET('/group'));
  });

  it('requires a JWT', () => {
    // @ts-expect-error jwt is required
    void (() => createKoreAiClient({ host: 'bots.kore.ai' }));
  });
});
