import { FIRST_NAMES, LAST_NAMES, seededRandom, teamName } from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';

type Group = components['schemas']['Group'];
type GroupMember = components['schemas']['GroupMember'];

const TITLES = ['', null, 'Engineer', 'Analyst', 'Manager', 'Agent'] as const;
const COLOURS = ['#ffd700', '#2e8b57', '#ff0000', '#1e90ff', ''] as const;

/** The account's users and groups, as Kore.ai's samples show them (`e-`, `u-`, `o-` prefixed ids). */
export function generateGroups(count: number, seed: number): Group[] {
  const random = seededRandom(seed);
  const orgId = `o-${random.uuid()}`;
  const people: GroupMember[] = Array.from({ length: Math.max(10, Math.ceil(count / 2)) }, (_, index) => {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    return {
      _id: `u-${random.uuid()}`,
      emailId: `${firstName}.${lastName}.${index + 1}@example.com`.toLowerCase(),
      lastName,
      firstName,
      profImage: random.next() < 0.5 ? 'profile.png' : 'no-avatar',
      profColour: random.pick(COLOURS),
      activationStatus: random.next() < 0.9 ? 'active' : 'inactive',
      jTitle: random.pick(TITLES),
      orgId,
    };
  });
  // The page marks no member field required: some members come without the optional ones, as real data may.
  for (const person of people) {
    if (random.next() < 0.15) delete person.jTitle;
    if (random.next() < 0.1) delete person.profColour;
  }
  return Array.from({ length: count }, (_, index) => {
    const name = teamName(index);
    const users = random.sample(people, random.int(0, 8));
    const group: Group = { _id: `e-${random.uuid()}`, gN: name.replace(/ /g, ''), gDesc: `${name} Team`, groups: [], users, userCount: users.length };
    // A group without a description is sent without gDesc.
    if (random.next() < 0.1) delete group.gDesc;
    return group;
  });
}
