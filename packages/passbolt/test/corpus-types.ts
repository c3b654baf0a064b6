// Every body of specs/passbolt/corpus, typed as the response type the generated client promises for it:
// `npm run typecheck` (tsc) fails when a real-world body does not fit the generated types. The conformance
// suite fails when a corpus file is missing here, and validates each against the spec at run time.
import type { paths } from '../src/index.js';
import docsError400 from '../../../specs/passbolt/corpus/docs-error-400.json' with { type: 'json' };
import docsError401 from '../../../specs/passbolt/corpus/docs-error-401.json' with { type: 'json' };
import docsError403Mfa from '../../../specs/passbolt/corpus/docs-error-403-mfa.json' with { type: 'json' };
import docsIndexBase from '../../../specs/passbolt/corpus/docs-index-base.json' with { type: 'json' };
import docsIndexGroupsUsersProfiles from '../../../specs/passbolt/corpus/docs-index-groups-users-profiles.json' with { type: 'json' };
import serverEmptyList from '../../../specs/passbolt/corpus/server-empty-list.json' with { type: 'json' };
import serverError403Mfa from '../../../specs/passbolt/corpus/server-error-403-mfa.json' with { type: 'json' };
import serverV4 from '../../../specs/passbolt/corpus/server-v4-users-without-last-logged-in.json' with { type: 'json' };
import serverV5 from '../../../specs/passbolt/corpus/server-v5-contain-all.json' with { type: 'json' };

type ListGroups = paths['/groups.json']['get']['responses'];
type Body<Status extends keyof ListGroups> = ListGroups[Status]['content']['application/json'];

// One declaration per file: in an array literal, subtype reduction could hide a body behind a sparser one.
export const listBase: Body<200> = docsIndexBase.body;
export const listGroupsUsersProfiles: Body<200> = docsIndexGroupsUsersProfiles.body;
export const listEmpty: Body<200> = serverEmptyList.body;
export const listV4: Body<200> = serverV4.body;
export const listV5: Body<200> = serverV5.body;
export const badRequest: Body<400> = docsError400.body;
export const unauthorized: Body<401> = docsError401.body;
export const forbiddenMfaDocs: Body<403> = docsError403Mfa.body;
export const forbiddenMfaServer: Body<403> = serverError403Mfa.body;

// Control: the check can fail. A body whose user lacks a field the server always sends is refused.
const { username: _dropped, ...userWithoutUsername } = serverV5.body.body[0]!.users[0]!;
// @ts-expect-error `username` is always present on a user (passbolt_api's tests assert it)
export const broken: Body<200> = { ...serverV5.body, body: [{ ...serverV5.body.body[0]!, users: [userWithoutUsername] }] };
