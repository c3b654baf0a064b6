import { createKaizalaClient } from '@group-apis/kaizala';
import { startKaizalaFake } from '@group-apis/kaizala/fake';
import { report } from '../report.js';

// A consumer's integration test: token exchange, a group created then found, and an endpoint move followed.
const fake = await startKaizalaFake({ groups: 30, seed: 7 });
try {
  const client = createKaizalaClient({ ...fake.credentials, rateLimit: false });
  const created = await client.POST('/v1/groups', { body: { name: 'Consumers', welcomeMessage: 'Hello' } });
  if (!created.data) throw new Error(`create failed: ${created.response.status}`);
  fake.moveEndpoint();
  const listed = await client.GET('/v1/groups', { params: { query: { fetchAllGroups: true } } });
  const found = listed.data?.groups.some((group) => group.groupId === created.data.groupId) ?? false;
  report({ operationId: 'listGroups', status: listed.response.status, data: null, items: listed.data?.groups.length ?? 0, found, endpoint: new URL(listed.response.url).pathname });
} finally {
  await fake.close();
}
