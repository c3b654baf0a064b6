import { createTestmoClient, type Group } from '@group-apis/testmo';
import { startTestmoFake } from '@group-apis/testmo/fake';
import { report } from '../report.js';

// A consumer's integration test: the fake of the installed package, the client pointed at it, paged to the end.
const fake = await startTestmoFake({ groups: 250, seed: 7 });
try {
  const client = createTestmoClient({ baseUrl: fake.url, token: fake.token });
  const groups: Group[] = [];
  for await (const group of client.paginate('/api/v1/groups', { params: { query: { per_page: 25 } } })) groups.push(group);
  fake.fail.next(1, { status: 503 });
  const retried = await client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 250 } } });
  report({ operationId: 'listGroups', status: 200, data: null, items: groups.length, requests: fake.exchanges.length, afterFault: retried.response.status });
} finally {
  await fake.close();
}
