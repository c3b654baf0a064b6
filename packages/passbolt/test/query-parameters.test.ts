// The bracketed query parameters are where passbolt, openapi-fetch and Prism disagree most, so they are
// checked end to end here: the URL the client builds, and the mock of the spec accepting or refusing it.
import { startPrism, type PrismMock } from '@group-apis/conformance';
import { specPathOf } from '@group-apis/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPassboltClient, type PassboltClient } from '../src/index.js';

const ADA = 'd57c10f5-639d-5160-9c81-8a0c6c4ec856';
const BETTY = 'e97b14ba-8957-57c9-a357-f78a6e1e1a46';

describe('passbolt query parameters against the mock', () => {
  let prism: PrismMock;
  let client: PassboltClient;
  const sent: string[] = [];
  beforeAll(async () => {
    prism = await startPrism(specPathOf('passbolt'));
    client = createPassboltClient({ baseUrl: prism.baseUrl, accessToken: 'query-test-jwt' });
    client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url).search) });
  });
  afterAll(async () => {
    await prism?.stop();
  });

  it('accepts every filter, contain and order in the form the client sends them', async () => {
    const { data, error, response } = await client.GET('/groups.json', {
      params: {
        query: {
          filter: { 'has-users': [ADA, BETTY], 'has-managers': [ADA] },
          contain: { modifier: 1, user: true, group_user: false },
          order: 'Group.name DESC',
        },
      },
    });
    expect(sent.at(-1)).toBe(
      `?api-version=v2&filter[has-users][0]=${ADA}&filter[has-users][1]=${BETTY}&filter[has-managers][0]=${ADA}` +
        '&contain[modifier]=1&contain[user]=1&contain[group_user]=0&order=Group.name%20DESC',
    );
    expect(error, JSON.stringify(error)).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.header.status).toBe('success');
  });

  it("accepts today's contain keys, the dotted ones included", async () => {
    const { error, response } = await client.GET('/groups.json', {
      params: { query: { contain: { users: 1, groups_users: 1, 'groups_users.user.gpgkey': 1, my_group_user: true, 'modifier.profile': 1 } } },
    });
    expect(sent.at(-1)).toBe(
      '?api-version=v2&contain[users]=1&contain[groups_users]=1&contain[groups_users.user.gpgkey]=1&contain[my_group_user]=1&contain[modifier.profile]=1',
    );
    expect(error, JSON.stringify(error)).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it.each([
    ['a user id that is not a UUID', { filter: { 'has-users': [ADA, 'not-a-uuid'] } }],
    ['a manager id that is not a UUID', { filter: { 'has-managers': ['42'] } }],
    ['a contain flag other than 1/0/true/false', { contain: { user: 2 } }],
    ['a contain flag given as a word', { contain: { group_user: 'yes' } }],
    ['a dotted contain flag other than 1/0/true/false', { contain: { 'groups_users.user': 2 } }],
    ['an order on another field', { order: 'User.username ASC' }],
  ])('refuses %s with 400', async (_what, query) => {
    // The types refuse these values too (see types.test-d.ts); the cast sends them anyway.
    const { data, error, response } = await client.GET('/groups.json', { params: { query: query as never } });
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error?.header).toMatchObject({ status: 'error', code: 400 });
  });

  it('accepts a GpgAuth session cookie instead of a JWT', async () => {
    const sessionClient = createPassboltClient({ baseUrl: prism.baseUrl, sessionId: 'query-test-session' });
    const { response } = await sessionClient.GET('/groups.json', { params: { query: { contain: { user: 1 } } } });
    expect(response.status).toBe(200);
  });
});
