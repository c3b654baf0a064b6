import { FIRST_NAMES, LAST_NAMES, seededRandom, teamName, type SeededRandom } from '@group-apis/core/fake-server';

/** A passbolt user as the fake keeps it (the `users` row and its profile). */
export interface PassboltFakeUser {
  readonly id: string;
  role_id: string;
  username: string;
  active: boolean;
  deleted: boolean;
  created: string;
  modified: string;
  /** ISO 8601, or null for a user who never logged in. */
  last_logged_in: string | null;
  profile: { readonly id: string; first_name: string; last_name: string };
  gpgkey: { readonly id: string; fingerprint: string };
  isAdmin: boolean;
}

/** A `groups_users` row: who is in a group, and whether as a manager. */
export interface PassboltFakeMembership {
  readonly id: string;
  readonly group_id: string;
  readonly user_id: string;
  is_admin: boolean;
  created: string;
}

export interface PassboltFakeGroup {
  readonly id: string;
  name: string;
  deleted: boolean;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
}

export interface PassboltFakeData {
  readonly roles: { readonly admin: string; readonly user: string };
  readonly users: PassboltFakeUser[];
  readonly groups: PassboltFakeGroup[];
  readonly memberships: PassboltFakeMembership[];
}

const EPOCH = Date.UTC(2019, 3, 4, 12, 5, 44);

/** passbolt writes times as `2016-01-29T13:39:25+00:00`. */
export function passboltTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export function generateData(groupCount: number, userCount: number, random: SeededRandom): PassboltFakeData {
  const roles = { admin: random.uuid(), user: random.uuid() };
  const users = Array.from({ length: Math.max(2, userCount) }, (_, index): PassboltFakeUser => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const created = EPOCH + index * 86_400_000;
    const loggedIn = random.next() < 0.8 ? created + random.int(1, 300) * 86_400_000 : undefined;
    return {
      id: random.uuid(),
      role_id: index === 0 ? roles.admin : roles.user,
      username: `${first}.${last}.${index + 1}@passbolt.example`.toLowerCase(),
      active: true,
      deleted: false,
      created: passboltTime(created),
      modified: passboltTime(created),
      last_logged_in: loggedIn === undefined ? null : passboltTime(loggedIn),
      profile: { id: random.uuid(), first_name: first, last_name: last },
      gpgkey: { id: random.uuid(), fingerprint: random.hex(40).toUpperCase() },
      isAdmin: index === 0,
    };
  });
  const groups: PassboltFakeGroup[] = [];
  const memberships: PassboltFakeMembership[] = [];
  for (let index = 0; index < groupCount; index += 1) {
    const created = EPOCH + index * 3_600_000;
    const creator = users[0] as PassboltFakeUser;
    const group: PassboltFakeGroup = {
      id: random.uuid(),
      name: teamName(index),
      deleted: false,
      created: passboltTime(created),
      modified: passboltTime(created + random.int(0, 90) * 86_400_000),
      created_by: creator.id,
      modified_by: random.pick(users).id,
    };
    groups.push(group);
    // Every passbolt group has at least one manager.
    const members = random.sample(users, random.int(1, Math.min(8, users.length)));
    members.forEach((user, position) => {
      memberships.push({ id: random.uuid(), group_id: group.id, user_id: user.id, is_admin: position === 0 || random.next() < 0.2, created: group.created });
    });
  }
  return { roles, users, groups, memberships };
}

export { seededRandom };
