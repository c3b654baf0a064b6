// Every body of specs/kore-ai/corpus, typed as the response type the generated client promises for it:
// `npm run typecheck` (tsc) fails when a real-world body does not fit the generated types. The conformance
// suite fails when a corpus file is missing here, and validates each against the spec at run time.
// One declaration per file: in an array literal, subtype reduction could hide a body behind a sparser one.
// (Inside one file, an element of a JSON array can still hide behind a sparser sibling; the run-time
// validation in the conformance suite covers that.)
import type { paths } from '../src/index.js';
import docsErrorObject from '../../../specs/kore-ai/corpus/docs-error-object.json' with { type: 'json' };
import groupWithoutMembers from '../../../specs/kore-ai/corpus/group-without-members.json' with { type: 'json' };
import memberNotActive from '../../../specs/kore-ai/corpus/member-not-active.json' with { type: 'json' };
import rateLimited from '../../../specs/kore-ai/corpus/rate-limited.json' with { type: 'json' };
import sparseGroupAndMembers from '../../../specs/kore-ai/corpus/sparse-group-and-members.json' with { type: 'json' };

type ListGroups = paths['/groups']['get']['responses'];
type Body<Status extends keyof ListGroups> = ListGroups[Status]['content']['application/json'];

export const sparse: Body<200> = sparseGroupAndMembers.body;
export const withoutMembers: Body<200> = groupWithoutMembers.body;
export const notActive: Body<200> = memberNotActive.body;
export const errorObject: Body<400> = docsErrorObject.body;
export const limited: Body<429> = rateLimited.body;

// Control: the check can fail. A member without `emailId` is refused.
const { emailId: _emailId, ...memberWithoutEmail } = memberNotActive.body.groups[0]!.users[0]!;
// @ts-expect-error `emailId` identifies a member and is required
export const broken: Body<200> = { ...memberNotActive.body, groups: [{ ...memberNotActive.body.groups[0]!, users: [memberWithoutEmail] }] };
