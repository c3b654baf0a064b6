import { seededRandom, teamName, type SeededRandom } from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';

type GroupType = components['schemas']['GroupType'];

/** A group as the fake keeps it; the API shows a view of it that depends on the call. */
export interface KaizalaFakeGroup {
  readonly groupId: string;
  groupName: string;
  welcomeMessage: string;
  groupType: GroupType;
  /** Mobile numbers of the members at this level (E.164). */
  members: string[];
  /** Members who have not signed up to Kaizala yet (a subset of `members`). */
  unprovisioned: string[];
  /** Ids of the groups this one is a sub group of. */
  parentIds: string[];
  /** The role of the connector's user in the group. */
  callerRole: string;
}

export function mobileNumber(random: SeededRandom): string {
  return `+91${random.int(7, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
}

export function generateGroups(count: number, seed: number): { groups: KaizalaFakeGroup[]; random: SeededRandom } {
  const random = seededRandom(seed);
  const people = Array.from({ length: Math.max(12, count) }, () => mobileNumber(random));
  const groups: KaizalaFakeGroup[] = [];
  for (let index = 0; index < count; index += 1) {
    const members = random.sample(people, random.int(1, 10));
    const parent = index > 2 && random.next() < 0.25 ? random.pick(groups) : undefined;
    groups.push({
      groupId: random.uuid(),
      groupName: teamName(index),
      welcomeMessage: `Welcome to ${teamName(index)}`,
      groupType: random.next() < 0.85 ? 'Group' : 'ConnectGroup',
      members,
      unprovisioned: members.filter(() => random.next() < 0.1),
      parentIds: parent ? [parent.groupId] : [],
      callerRole: random.next() < 0.7 ? 'Admin' : 'Member',
    });
  }
  return { groups, random };
}
