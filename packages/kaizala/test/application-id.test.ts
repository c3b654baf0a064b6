import { describe, expect, it } from 'vitest';
import { createKaizalaClient, unwrap } from '../src/index.js';
import { CREDENTIALS, GROUP, fakeKaizala } from './support/fake-kaizala.js';

// Kaizala's official Swagger lists an `applicationId` header on GET /groups/{groupId} (FetchGroupDetails).
describe('the applicationId header of getGroup', () => {
  it('is sent with connector credentials on getGroup only, as the connector id', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);
    await unwrap(client.GET('/v1/groups'));
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP.groupId } } }));
    expect(kaizala.endpoint.requests.map((request) => [request.url, request.headers['applicationid']])).toEqual([
      ['/v1/groups', undefined],
      [`/v1/groups/${GROUP.groupId}`, CREDENTIALS.applicationId],
    ]);
  });

  it('keeps the value a call sets itself', async () => {
    const kaizala = await fakeKaizala();
    const client = createKaizalaClient(kaizala.options);
    await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP.groupId }, header: { applicationId: 'another-connector' } } }));
    expect(kaizala.endpoint.requests[0]?.headers['applicationid']).toBe('another-connector');
  });
});
