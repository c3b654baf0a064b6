import { createPassboltClient, type Group } from '@group-apis/passbolt';
import { baseUrlArgument, describeFailure, report } from '../report.js';

const client = createPassboltClient({ baseUrl: baseUrlArgument(), accessToken: 'consumer-test-access-token' });

const { data, error, response } = await client.GET('/groups.json');
if (error !== undefined) throw new Error(describeFailure(response, error));
const groups: Group[] = data.body;
// An open enum since passbolt's server may send values the docs do not list: a string, 'success' or 'error' today.
const outcome: string = data.header.status;
report({ operationId: 'listGroups', status: response.status, data, items: groups.length, outcome });

/** Never called: compiled only, so that what must not compile stays an error. */
export function mustNotCompile(): void {
  // @ts-expect-error `order` takes only the sort orders the spec lists
  void client.GET('/groups.json', { params: { query: { order: 'Group.created' } } });
  // @ts-expect-error the response is typed, so a field the spec does not declare is an error (it would not be on `any`)
  void data.noSuchField;
}
