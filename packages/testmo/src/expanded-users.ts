import type { components } from './generated/schema.js';

type User = components['schemas']['User'];
type GroupExpands = components['schemas']['GroupExpands'];

/** A response fetched with `expands: 'users'`, whose `expands.users` is therefore present. */
export type WithExpandedUsers<T extends { expands: GroupExpands }> = T & { expands: { users: User[] } };

/**
 * Narrows a groups response to one that carries `expands.users`. The spec cannot tie the `users` key to
 * the `expands` query value, so the generated type leaves it optional; check once, then use it typed.
 */
export function hasExpandedUsers<T extends { expands: GroupExpands }>(body: T): body is WithExpandedUsers<T> {
  return Array.isArray(body.expands.users);
}
