import { describe, expectTypeOf, it } from 'vitest';
import {
  createKoreAiClient,
  resultError,
  type GroupApiError,
  type Group,
  type GroupList,
  type GroupMember,
  type KoreAiClientOptions,
  type KoreAiErrorBody,
  type Paginated,
} from '../src/index.js';

// Type-level only: these clients are never used to send anything.
const client = createKoreAiClient({ jwt: 'type-test-jwt' });

describe('Kore.ai client types', () => {
  it('types the listGroups response and its members', () => {
    // The page marks no field required: beyond the ids (and a group's name, a member's email) each may be absent.
    expectTypeOf<GroupMember['jTitle']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<GroupMember['_id']>().toEqualTypeOf<string>();
    expectTypeOf<GroupMember['emailId']>().toEqualTypeOf<string>();
    expectTypeOf<GroupMember['profImage']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupMember['activationStatus']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupList['availableMore']>().toEqualTypeOf<boolean>();
    expectTypeOf<Group['gN']>().toEqualTypeOf<string>();
    expectTypeOf<Group['gDesc']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Group['users']>().toEqualTypeOf<GroupMember[] | undefined>();
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

  it('takes a ready JWT, or the app credentials, never both and never neither', () => {
    expectTypeOf(createKoreAiClient).toBeCallableWith({ jwt: 'jwt' });
    expectTypeOf(createKoreAiClient).toBeCallableWith({ host: 'bots.eu.kore.ai', clientId: 'cs-1', clientSecret: 'secret' });
    expectTypeOf(createKoreAiClient).toBeCallableWith({ clientId: 'cs-1', clientSecret: 'secret', jwtLifetimeMs: 600_000 });
    // @ts-expect-error a JWT or app credentials are required
    expectTypeOf(createKoreAiClient).toBeCallableWith({ host: 'bots.kore.ai' });
    // @ts-expect-error a client id needs its secret
    expectTypeOf(createKoreAiClient).toBeCallableWith({ clientId: 'cs-1' });
    // @ts-expect-error a ready JWT and app credentials exclude each other
    expectTypeOf(createKoreAiClient).toBeCallableWith({ jwt: 'jwt', clientId: 'cs-1', clientSecret: 'secret' });
    // @ts-expect-error the lifetime only applies to JWTs the client signs
    expectTypeOf(createKoreAiClient).toBeCallableWith({ jwt: 'jwt', jwtLifetimeMs: 600_000 });
  });

  it('takes the runtime options of @group-apis/core', () => {
    expectTypeOf(createKoreAiClient).toBeCallableWith({
      jwt: 'jwt',
      baseUrl: 'https://proxy.internal/kore/api/public',
      timeoutMs: 5_000,
      retry: { maxRetries: 1 },
      rateLimit: false,
      logger: () => undefined,
      fetch: (url, init) => fetch(url, init),
    });
    expectTypeOf(createKoreAiClient).toBeCallableWith({ jwt: 'jwt', retry: false, rateLimit: [{ maxRequests: 10, intervalMs: 1_000 }] });
    // @ts-expect-error retry takes options or false
    expectTypeOf(createKoreAiClient).toBeCallableWith({ jwt: 'jwt', retry: true });
    // @ts-expect-error auth is chosen by the Kore.ai options, not passed as a provider
    expectTypeOf<KoreAiClientOptions>().toMatchTypeOf<{ auth: unknown }>();
  });

  it('paginates /groups into typed groups, with typed pages', () => {
    const groups = client.paginate('/groups', { params: { query: { limit: 50 } } });
    expectTypeOf(groups).toEqualTypeOf<Paginated<Group, GroupList>>();
    void (async () => {
      for await (const group of groups) expectTypeOf(group).toEqualTypeOf<Group>();
      for await (const page of groups.pages()) expectTypeOf(page).toEqualTypeOf<GroupList>();
    });
    // @ts-expect-error only list operations that page can be paginated
    void (() => client.paginate('/group'));
    // @ts-expect-error limit is a number
    void (() => client.paginate('/groups', { params: { query: { limit: '50' } } }));
  });

  it('types the error body of a failed call', () => {
    const failed = async () => resultError(await client.GET('/groups'));
    expectTypeOf<Awaited<ReturnType<typeof failed>>>().toEqualTypeOf<GroupApiError<KoreAiErrorBody>>();
  });
});
