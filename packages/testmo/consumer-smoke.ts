import { createTestmoClient, type Group } from '@group-apis/testmo';
import { baseUrlArgument, describeFailure, report } from '../report.js';

const client = createTestmoClient({ baseUrl: baseUrlArgument(), token: 'consumer-test-token' });

const { data, error, response } = await client.GET('/api/v1/groups', { params: { query: { page: 1 } } });
if (error !== undefined) throw new Error(describeFailure(response, error));
const groups: Group[] = data.result;
const nextPage: number | null = data.next_page;
report({ operationId: 'listGroups', status: response.status, data, items: groups.length, more: nextPage !== null });

/** Never called: compiled only, so that what must not compile stays an error. */
export function mustNotCompile(): void {
  // @ts-expect-error `page` is a number
  void client.GET('/api/v1/groups', { params: { query: { page: 'first' } } });
  // @ts-expect-error the response is typed, so a field the spec does not declare is an error (it would not be on `any`)
  void data.noSuchField;
}
