import type { components } from '../generated/schema.js';
import type { PassboltFakeData, PassboltFakeGroup, PassboltFakeMembership, PassboltFakeUser } from './data.js';
import type { ContainKey } from './query.js';

type Group = components['schemas']['Group'];
type User = components['schemas']['User'];
type GroupMembership = components['schemas']['GroupMembership'];

export function userView(user: PassboltFakeUser, withProfile = false): User {
  const { id, role_id, username, active, deleted, created, modified } = user;
  const profile = withProfile ? { profile: { user_id: id, first_name: user.profile.first_name, last_name: user.profile.last_name, created, modified } } : {};
  // The spec this fake answers for types last_logged_in as a string: a user who never logged in shows "".
  return { id, role_id, username, active, deleted, created, modified, last_logged_in: user.last_logged_in ?? '', ...profile };
}

export function membershipView(membership: PassboltFakeMembership): GroupMembership {
  const { id, group_id, user_id, is_admin, created } = membership;
  return { id, group_id, user_id, is_admin, created };
}

/** A group as `GET /groups.json` answers it, with what `contain` asked for, seen by `viewer`. */
export function groupView(group: PassboltFakeGroup, data: Pick<PassboltFakeData, 'users' | 'memberships'>, contain: ReadonlySet<ContainKey>, viewer: string): Group {
  const memberships = data.memberships.filter((membership) => membership.group_id === group.id);
  const userOf = (id: string) => data.users.find((user) => user.id === id);
  const base: Group = {
    id: group.id,
    name: group.name,
    deleted: group.deleted,
    created: group.created,
    modified: group.modified,
    created_by: group.created_by,
    modified_by: group.modified_by,
  };
  const extra: Record<string, unknown> = {};
  if (contain.has('user') || contain.has('users')) {
    extra.users = memberships.flatMap((membership) => {
      const user = userOf(membership.user_id);
      return user ? [{ ...userView(user), _joinData: membershipView(membership) }] : [];
    });
  }
  if (contain.has('group_user') || contain.has('groups_users') || contain.has('groups_users.user') || contain.has('groups_users.user.profile')) {
    const withUser = contain.has('groups_users.user') || contain.has('groups_users.user.profile');
    extra.groups_users = memberships.map((membership) => {
      const user = withUser ? userOf(membership.user_id) : undefined;
      return { ...membershipView(membership), ...(user ? { user: userView(user, contain.has('groups_users.user.profile')) } : {}) };
    });
  }
  if (contain.has('modifier') || contain.has('modifier.profile')) {
    const modifier = userOf(group.modified_by);
    if (modifier) extra.modifier = userView(modifier, contain.has('modifier.profile'));
  }
  if (contain.has('my_group_user')) {
    const mine = memberships.find((membership) => membership.user_id === viewer);
    extra.my_group_user = mine ? membershipView(mine) : null;
  }
  return { ...base, ...extra };
}
