// Every body of specs/testmo/corpus, typed as the response type the generated client promises for it:
// `npm run typecheck` (tsc) fails when a real-world body does not fit the generated types. The conformance
// suite fails when a corpus file is missing here, and validates each against the spec at run time.
// One declaration per file: in an array literal, subtype reduction could hide a body behind a sparser one.
// (Inside one file, an element of a JSON array can still hide behind a sparser sibling; the run-time
// validation in the conformance suite covers that.)
import type { paths } from '../src/index.js';
import getWithUsersExpand from '../../../specs/testmo/corpus/get-with-users-expand.json' with { type: 'json' };
import getWithoutExpands from '../../../specs/testmo/corpus/get-without-expands.json' with { type: 'json' };
import listEmpty from '../../../specs/testmo/corpus/list-empty.json' with { type: 'json' };
import listExpandsEmptyArray from '../../../specs/testmo/corpus/list-expands-empty-array.json' with { type: 'json' };
import listOtherExpandKey from '../../../specs/testmo/corpus/list-other-expand-key.json' with { type: 'json' };
import listWithoutExpands from '../../../specs/testmo/corpus/list-without-expands.json' with { type: 'json' };

type List = paths['/api/v1/groups']['get']['responses'][200]['content']['application/json'];
type Get = paths['/api/v1/groups/{group_id}']['get']['responses'][200]['content']['application/json'];

export const listEmptyBody: List = listEmpty.body;
export const listExpandsEmptyArrayBody: List = listExpandsEmptyArray.body;
export const listOtherExpandKeyBody: List = listOtherExpandKey.body;
export const listWithoutExpandsBody: List = listWithoutExpands.body;
export const getWithUsersExpandBody: Get = getWithUsersExpand.body;
export const getWithoutExpandsBody: Get = getWithoutExpands.body;

// Control: the check can fail. A page without `total` (which paginated methods always include) is refused.
const { total: _total, ...pageWithoutTotal } = listWithoutExpands.body;
// @ts-expect-error `total` is always present in a paginated answer
export const broken: List = pageWithoutTotal;
