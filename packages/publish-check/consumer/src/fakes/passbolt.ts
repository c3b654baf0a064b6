import { createPassboltClient } from '@group-apis/passbolt';
import { startPassboltFake } from '@group-apis/passbolt/fake';
import { report } from '../report.js';

// A consumer's integration test: an access token that expires mid-run is renewed with the rotating refresh token.
const fake = await startPassboltFake({ groups: 40, seed: 7, clock: 'virtual' });
try {
  let rotations = 0;
  const client = createPassboltClient({ baseUrl: fake.url, ...fake.login(), onTokenRefresh: () => void (rotations += 1) });
  await client.GET('/groups.json');
  fake.clock.advance(5 * 60_000);
  const { data, response } = await client.GET('/groups.json', { params: { query: { contain: { users: 1 } } } });
  report({ operationId: 'listGroups', status: response.status, data: null, items: data?.body.length ?? 0, rotations, alerts: fake.state.securityAlerts.length });
} finally {
  await fake.close();
}
