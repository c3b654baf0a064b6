import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  resultError,
  unwrap,
  type DataOf,
  type ErrorBodyOf,
  type GroupApiError,
} from '../src/index.js';
import type { ApiErrorBody, Group, GroupPage, paths } from './support/paths.js';

// Type tests: vitest's typecheck runs tsc over this file; nothing here is executed (the calls would need a server).
const client = createClient<paths>({ baseUrl: 'https://api.example.test' });

describe('createClient types', () => {
  it('types data, error and unwrap from the paths', async () => {
    expectTypeOf(client).toEqualTypeOf<Client<paths>>();

    const result = await client.GET('/groups', { params: { query: { page: 2 } }, timeoutMs: 5_000, retry: false });
    expectTypeOf(result.data).toEqualTypeOf<GroupPage | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<ApiErrorBody | undefined>();
    expectTypeOf<DataOf<typeof result>>().toEqualTypeOf<GroupPage>();
    expectTypeOf<ErrorBodyOf<typeof result>>().toEqualTypeOf<ApiErrorBody>();
    expectTypeOf(resultError(result)).toEqualTypeOf<GroupApiError<ApiErrorBody>>();

    expectTypeOf(unwrap(client.GET('/groups'))).toEqualTypeOf<Promise<GroupPage>>();
    expectTypeOf(unwrap(client.GET('/groups/{groupId}', { params: { path: { groupId: 'g1' } } }))).toEqualTypeOf<Promise<Group>>();
    expectTypeOf(unwrap(client.POST('/groups', { body: { name: 'Ops' }, retry: true }))).toEqualTypeOf<Promise<Group>>();
    expectTypeOf(unwrap(client.DELETE('/groups/{groupId}', { params: { path: { groupId: 'g1' } } }))).toEqualTypeOf<Promise<undefined>>();
  });

  it('refuses what the spec rules out', async () => {
    // @ts-expect-error the path parameter is required
    await client.GET('/groups/{groupId}');
    // @ts-expect-error not a path of this API
    await client.GET('/users');
    // @ts-expect-error the body must match the spec
    await client.POST('/groups', { body: { title: 'Ops' } });
    // @ts-expect-error query parameters are typed
    await client.GET('/groups', { params: { query: { page: 'two' } } });
    // @ts-expect-error baseUrl is required
    createClient<paths>({});
    // @ts-expect-error retry options are typed
    createClient<paths>({ baseUrl: 'https://api.example.test', retry: { maxRetries: 'many' } });
  });
});
