/** The deprecated keys (passbolt 2) and today's; `user` and `group_user` are still understood. */
export const CONTAIN_KEYS = [
  'modifier',
  'modifier.profile',
  'user',
  'users',
  'group_user',
  'groups_users',
  'groups_users.user',
  'groups_users.user.profile',
  'groups_users.user.gpgkey',
  'group_user.user',
  'group_user.user.profile',
  'group_user.user.gpgkey',
  'my_group_user',
] as const;
export type ContainKey = (typeof CONTAIN_KEYS)[number];

export const ORDERS = ['Group.name', 'Group.name ASC', 'Group.name DESC'] as const;
export const FILTERS = ['has-users', 'has-managers'] as const;

export interface GroupsQuery {
  readonly contain: ReadonlySet<ContainKey>;
  readonly filter: { readonly 'has-users': string[]; readonly 'has-managers': string[] };
  readonly descending: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `name[key][0]`, `name[key][]` and `name[key]` → { name, key }. */
function bracketed(param: string): { name: string; key: string | undefined; indexed: boolean } {
  const match = /^([^[]+)(?:\[([^\]]*)\])?(\[\d*\])?$/.exec(param);
  if (!match) return { name: param, key: undefined, indexed: false };
  return { name: match[1] as string, key: match[2], indexed: match[3] !== undefined };
}

/**
 * Reads `filter[has-users][0]=<uuid>` (or `[]=`, or a scalar), `contain[users]=1`, and `order=` or `order[]=`
 * as passbolt's query string component does, or says in its words what it refuses.
 */
export function parseGroupsQuery(search: URLSearchParams): GroupsQuery | string {
  const contain = new Set<ContainKey>();
  const filter = { 'has-users': [] as string[], 'has-managers': [] as string[] };
  let descending = false;
  for (const [param, value] of search) {
    const { name, key } = bracketed(param);
    if (name === 'contain' && key !== undefined) {
      if (!['1', '0', 'true', 'false'].includes(value)) return `Invalid contain. "${value}" is not a valid contain value.`;
      // passbolt ignores contain keys it does not know.
      if ((CONTAIN_KEYS as readonly string[]).includes(key) && (value === '1' || value === 'true')) contain.add(key as ContainKey);
    } else if (name === 'filter' && key !== undefined) {
      if (!(FILTERS as readonly string[]).includes(key)) continue;
      if (!UUID.test(value)) return `Invalid filter. "${value}" is not a valid value for filter ${key}.`;
      filter[key as (typeof FILTERS)[number]].push(value);
    } else if (name === 'order') {
      if (!(ORDERS as readonly string[]).includes(value)) return `Invalid order. "${value}" is not in the list of allowed order.`;
      descending = value.endsWith(' DESC');
    }
  }
  return { contain, filter, descending };
}
