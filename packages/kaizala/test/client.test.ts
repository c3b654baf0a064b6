import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKaizalaClient, type KaizalaClient } from '../src/index.js';
import { startRecordingServer, type RecordingServer } from './support/recording-server.js';

const ACCESS_TOKEN = 'test-access-token';
const GROUP = { groupName: 'Sample group name', groupId: '853654b2-5874-462d-b709-0c4e43a7083f' };

describe('createKaizalaClient', () => {
  let server: RecordingServer;
  let client: KaizalaClient;

  beforeEach(async () => {
    server = await startRecordingServer();
    client = createKaizalaClient({ endpointUrl: server.url, accessToken: ACCESS_TOKEN });
  });
  afterEach(async () => {
    await server.close();
  });

  it('sends the token in the accessToken header, not Authorization', async () => {
    server.reply({ status: 200, body: { groups: [] } });
    await client.GET('/v1/groups');
    const [request] = server.requests;
    expect(request?.headers['accesstoken']).toBe(ACCESS_TOKEN);
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('calls the endpointUrl it was given, and tolerates a trailing slash on it', async () => {
    server.reply({ status: 200, body: { groups: [] } });
    const slashed = createKaizalaClient({ endpointUrl: `${server.url}/`, accessToken: ACCESS_TOKEN });
    await slashed.GET('/v1/groups');
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /v1/groups']);
  });

  it('uses baseUrl instead of endpointUrl when both are given', async () => {
    server.reply({ status: 200, body: { groups: [] } });
    const proxied = createKaizalaClient({ endpointUrl: 'http://127.0.0.1:9', baseUrl: server.url, accessToken: ACCESS_TOKEN });
    const { data } = await proxied.GET('/v1/groups');
    expect(data).toEqual({ groups: [] });
    expect(server.requests).toHaveLength(1);
  });

  it('lists groups with showDetail and fetchAllGroups in the query string', async () => {
    server.reply({ status: 200, body: { groups: [GROUP] } });
    const { data, error } = await client.GET('/v1/groups', { params: { query: { showDetail: true, fetchAllGroups: false } } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ groups: [GROUP] });
    expect(server.requests[0]?.url).toBe('/v1/groups?showDetail=true&fetchAllGroups=false');
  });

  it('creates a group by POSTing the body as JSON, sending only the fields given', async () => {
    const created = { groupName: 'Kaizala Test group', groupId: GROUP.groupId, membersAdded: true };
    server.reply({ status: 200, body: created });
    const { data } = await client.POST('/v1/groups', {
      body: { name: 'Kaizala Test group', welcomeMessage: 'Welcome', members: ['+911099999999'] },
    });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/groups');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ name: 'Kaizala Test group', welcomeMessage: 'Welcome', members: ['+911099999999'] });
    expect(data).toEqual(created);
  });

  it('gets a group under /v1, with a suffixed group id escaped in the path', async () => {
    server.reply({ status: 200, body: { groups: [GROUP] } });
    const { data } = await client.GET('/v1/groups/{groupId}', { params: { path: { groupId: 'df91cb37-97bf-4ccd-a8c2-b2a3ba5eac62@1' } } });
    expect(server.requests[0]?.url).toBe('/v1/groups/df91cb37-97bf-4ccd-a8c2-b2a3ba5eac62%401');
    expect(data?.groups[0]?.groupId).toBe(GROUP.groupId);
  });

  it("sends the connector's applicationId header on getGroup when given (Kaizala's Swagger lists it there)", async () => {
    server.reply({ status: 200, body: { groups: [GROUP] } });
    await client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP.groupId }, header: { applicationId: 'the-application-id' } } });
    expect(server.requests[0]?.headers['applicationid']).toBe('the-application-id');
  });

  it('surfaces an error status as error with its parsed body and no data', async () => {
    server.reply({ status: 401, body: { message: 'Authorization has been denied for this request.' } });
    const { data, error, response } = await client.GET('/v1/groups');
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: 'Authorization has been denied for this request.' });
  });
});
