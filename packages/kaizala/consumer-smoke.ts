import { createKaizalaClient, type Group } from '@group-apis/kaizala';
import { baseUrlArgument, describeFailure, report } from '../report.js';

const client = createKaizalaClient({ endpointUrl: baseUrlArgument(), accessToken: 'consumer-test-access-token' });

const { data, error, response } = await client.GET('/v1/groups', { params: { query: { showDetail: true } } });
if (error !== undefined) throw new Error(describeFailure(response, error));
const groups: Group[] = data.groups;
const names: string[] = groups.map((group) => group.groupName);
report({ operationId: 'listGroups', status: response.status, data, items: names.length });

/** Never called: compiled only, so that what must not compile stays an error. */
export function mustNotCompile(): void {
  // @ts-expect-error `showDetail` is a boolean
  void client.GET('/v1/groups', { params: { query: { showDetail: 'yes' } } });
  // @ts-expect-error `groupId` is a required path parameter
  void client.GET('/v1/groups/{groupId}', {});
  // @ts-expect-error the response is typed, so a field the spec does not declare is an error (it would not be on `any`)
  void data.noSuchField;
}
