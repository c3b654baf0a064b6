import type { components } from './generated/schema.js';

type User = components['schemas']['User'];
type Expands = components['schemas']['Expands'];

/** A response fetched with `expands: 'users'`, whose `expands.users` is therefore present. */
export type WithExpandedUsers<T extends { expands?: Expands }> = T & { expands: { users: User[] } };

/**
 * Narrows a groups response to one that carries `expands.users`. The spec cannot tie the `users` key to
 * the `expands` query value, and a response may have no `expands` at all, or `[]` (an empty PHP array),
 * so the generated type leaves it open; check once, then use it typed.
 */
export function hasExpandedUsers<T extends { expands?: Expands }>(body: T): body is WithExpandedUsers<T> {
  const expands = body.expands;
  return expands !== undefined && !Array.isArray(expands) && Array.isArray(expands.users);
}

/** The users a response expanded, or `[]` when it has none (no `expands`, `expands: []`, or no `users` key). */
export function expandedUsers(body: { expands?: Expands }): User[] {
  return hasExpandedUsers(body) ? body.expands.users : [];
}
