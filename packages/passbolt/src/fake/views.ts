import type { components } from '../generated/schema.js';
import type { PassboltFakeData, PassboltFakeGroup, PassboltFakeMembership, PassboltFakeUser } from './data.js';
import type { ContainKey } from './query.js';

type Group = components['schemas']['Group'];
type User = components['schemas']['User'];
type GroupMembership = components['schemas']['GroupMembership'];

export interface UserParts {
  readonly profile?: boolean;
  readonly gpgkey?: boolean;
}

export function userView(user: PassboltFakeUser, parts: UserParts = {}): User {
  const { id, role_id, username, active, deleted, created, modified, last_logged_in } = user;
  const view: User = { id, role_id, username, active, deleted, created, modified, disabled: null, last_logged_in };
  if (parts.profile) view.profile = { id: user.profile.id, user_id: id, first_name: user.profile.first_name, last_name: user.profile.last_name, created, modified };
  if (parts.gpgkey) {
    const armored_key = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nfake key ${user.gpgkey.fingerprint}\n-----END PGP PUBLIC KEY BLOCK-----\n`;
    view.gpgkey = { id: user.gpgkey.id, user_id: id, fingerprint: user.gpgkey.fingerprint, armored_key, expires: null, deleted: false };
  }
  return view;
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
  const has = (...keys: ContainKey[]) => keys.some((key) => contain.has(key));
  if (has('group_user', 'groups_users', 'groups_users.user', 'groups_users.user.profile', 'groups_users.user.gpgkey', 'group_user.user', 'group_user.user.profile', 'group_user.user.gpgkey')) {
    const parts = { profile: has('groups_users.user.profile', 'group_user.user.profile'), gpgkey: has('groups_users.user.gpgkey', 'group_user.user.gpgkey') };
    const withUser = parts.profile || parts.gpgkey || has('groups_users.user', 'group_user.user');
    extra.groups_users = memberships.map((membership) => {
      const user = withUser ? userOf(membership.user_id) : undefined;
      return { ...membershipView(membership), ...(user ? { user: userView(user, parts) } : {}) };
    });
  }
  if (contain.has('modifier') || contain.has('modifier.profile')) {
    const modifier = userOf(group.modified_by);
    if (modifier) extra.modifier = userView(modifier, { profile: contain.has('modifier.profile') });
  }
  if (contain.has('my_group_user')) {
    const mine = memberships.find((membership) => membership.user_id === viewer);
    extra.my_group_user = mine ? membershipView(mine) : null;
  }
  return { ...base, ...extra };
}
