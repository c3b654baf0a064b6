// Every body of specs/kaizala/corpus, typed as the response type the generated client promises for it:
// `npm run typecheck` (tsc) fails when a real-world body does not fit the generated types. The conformance
// suite fails when a corpus file is missing here, and validates each against the spec at run time.
// One declaration per file: in an array literal, subtype reduction could hide a body behind a sparser one.
// (Inside one file, an element of a JSON array can still hide behind a sparser sibling; the run-time
// validation in the conformance suite covers that.)
import type { paths } from '../src/index.js';
import listGroupIdWithSuffix from '../../../specs/kaizala/corpus/list-group-id-with-suffix.json' with { type: 'json' };
import listUnlistedGroupType from '../../../specs/kaizala/corpus/list-unlisted-group-type.json' with { type: 'json' };
import swaggerCreateGroupDefinition from '../../../specs/kaizala/corpus/swagger-create-group-definition.json' with { type: 'json' };
import swaggerCreateGroup from '../../../specs/kaizala/corpus/swagger-create-group.json' with { type: 'json' };
import swaggerGroupObjectsInList from '../../../specs/kaizala/corpus/swagger-group-objects-in-list.json' with { type: 'json' };
import swaggerPublicGroupSparse from '../../../specs/kaizala/corpus/swagger-public-group-sparse.json' with { type: 'json' };

type Created = paths['/v1/groups']['post']['responses'][200]['content']['application/json'];
type List = paths['/v1/groups']['get']['responses'][200]['content']['application/json'];
type Get = paths['/v1/groups/{groupId}']['get']['responses'][200]['content']['application/json'];

export const created: Created = swaggerCreateGroup.body;
export const createdWithoutGuid: Created = swaggerCreateGroupDefinition.body;
export const listGroupObjects: List = swaggerGroupObjectsInList.body;
export const listUnlistedType: List = listUnlistedGroupType.body;
export const listSuffixedId: List = listGroupIdWithSuffix.body;
export const getPublicGroup: Get = swaggerPublicGroupSparse.body;

// Control: the check can fail. A created group without `membersAdded` (always present) is refused.
const { membersAdded: _membersAdded, ...createdWithoutMembersAdded } = swaggerCreateGroup.body;
// @ts-expect-error `membersAdded` is always in the answer to a create
export const broken: Created = createdWithoutMembersAdded;
