import { createKoreAiClient, type Group } from '@group-apis/kore-ai';
import { startKoreAiFake } from '@group-apis/kore-ai/fake';
import { report } from '../report.js';

// A consumer's integration test: the client signs its own JWTs with the fake app's secret and pages to the end.
const fake = await startKoreAiFake({ groups: 120, seed: 7 });
try {
  const client = createKoreAiClient({ baseUrl: fake.url, ...fake.credentials });
  const groups: Group[] = [];
  for await (const group of client.paginate('/groups', { params: { query: { limit: 50 } } })) groups.push(group);
  report({ operationId: 'listGroups', status: 200, data: null, items: groups.length, requests: fake.exchanges.length });
} finally {
  await fake.close();
}
