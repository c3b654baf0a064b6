import { createKoreAiClient, type Group } from '@group-apis/kore-ai';
import { baseUrlArgument, describeFailure, report } from '../report.js';

const client = createKoreAiClient({ baseUrl: baseUrlArgument(), jwt: 'consumer-test-jwt' });

const { data, error, response } = await client.GET('/groups', { params: { query: { offset: 0, limit: 10 } } });
if (error !== undefined) throw new Error(describeFailure(response, error));
const groups: Group[] = data.groups;
const availableMore: boolean = data.availableMore;
report({ operationId: 'listGroups', status: response.status, data, items: groups.length, more: availableMore });

/** Never called: compiled only, so that what must not compile stays an error. */
export function mustNotCompile(): void {
  // @ts-expect-error `limit` is a number
  void client.GET('/groups', { params: { query: { limit: 'ten' } } });
  // @ts-expect-error the response is typed, so a field the spec does not declare is an error (it would not be on `any`)
  void data.noSuchField;
}
