import type { components } from '../generated/schema.js';
import type { KaizalaFakeGroup } from './data.js';

type Group = components['schemas']['Group'];

function hierarchy(group: KaizalaFakeGroup, all: readonly KaizalaFakeGroup[]) {
  const subGroups = all.filter((candidate) => candidate.parentIds.includes(group.groupId));
  const below: KaizalaFakeGroup[] = [];
  const visit = (parent: KaizalaFakeGroup, seen: Set<string>) => {
    for (const child of all.filter((candidate) => candidate.parentIds.includes(parent.groupId))) {
      if (seen.has(child.groupId)) continue;
      seen.add(child.groupId);
      below.push(child);
      visit(child, seen);
    }
  };
  visit(group, new Set([group.groupId]));
  const everyone = [group, ...below].flatMap((member) => member.members);
  const unprovisioned = [group, ...below].flatMap((member) => member.unprovisioned);
  return { subGroups, userCount: everyone.length, uniqueUserCount: new Set(everyone).size, unProvisionedUserCount: unprovisioned.length };
}

const imageUrl = (group: KaizalaFakeGroup) => `https://kaizala.example.invalid/groups/${group.groupId}/image.png`;

/** `GET /v1/groups` without `showDetail`: the basic fields. */
export function basicView(group: KaizalaFakeGroup, all: readonly KaizalaFakeGroup[]): Group {
  const { subGroups } = hierarchy(group, all);
  return {
    groupName: group.groupName,
    groupId: group.groupId,
    groupImageUrl: imageUrl(group),
    hasSubGroups: subGroups.length > 0,
    hasParentGroups: group.parentIds.length > 0,
    groupType: group.groupType,
  };
}

/** `GET /v1/groups?showDetail=true`: every field of the page's sample. */
export function detailView(group: KaizalaFakeGroup, all: readonly KaizalaFakeGroup[]): Group {
  const { subGroups, userCount, uniqueUserCount, unProvisionedUserCount } = hierarchy(group, all);
  return {
    groupName: group.groupName,
    groupId: group.groupId,
    groupImageUrl: imageUrl(group),
    hasSubGroups: subGroups.length > 0,
    hasParentGroups: group.parentIds.length > 0,
    callerRole: group.callerRole,
    currentLevelSubGroupCount: subGroups.length,
    currentLevelParentGroupCount: group.parentIds.length,
    userCount,
    uniqueUserCount,
    currentLevelUserCount: group.members.length,
    currentLevelUnProvisionedUserCount: group.unprovisioned.length,
    unProvisionedUserCount,
    isMappedToTenant: false,
    groupType: group.groupType,
    isDuplicate: false,
    isEditable: group.callerRole === 'Admin',
    isDetailsReadable: true,
  };
}

/** `GET /v1/groups/{groupId}`: the fields of the page's get-group sample. */
export function getView(group: KaizalaFakeGroup, all: readonly KaizalaFakeGroup[]): Group {
  const { subGroups, userCount } = hierarchy(group, all);
  return {
    groupName: group.groupName,
    groupId: group.groupId,
    groupImageUrl: imageUrl(group),
    hasSubGroups: subGroups.length > 0,
    userCount,
    currentLevelUserCount: group.members.length,
  };
}
