import { FIRST_NAMES, LAST_NAMES, seededRandom, teamName } from '@group-apis/core/fake-server';
import type { components } from '../generated/schema.js';

type Group = components['schemas']['Group'];
type User = components['schemas']['User'];

/** A Testmo user as the fake keeps it: what the `users` expand shows, and whether the user is a site admin. */
export interface TestmoFakeUser extends User {
  readonly name: string;
  readonly email: string;
  is_site_admin: boolean;
}

const EPOCH = Date.UTC(2021, 3, 7, 9, 30);

/** Testmo writes timestamps with microseconds: `2021-04-07T09:30:00.000000Z`. */
export function testmoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function generateUsers(count: number, seed: number): TestmoFakeUser[] {
  const random = seededRandom(seed ^ 0x7e57);
  return Array.from({ length: count }, (_, index) => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    return { id: index + 1, name: `${first} ${last}`, email: `${first}.${last}.${index + 1}@example.com`.toLowerCase(), is_site_admin: index === 0 };
  });
}

export function generateGroups(count: number, users: readonly TestmoFakeUser[], seed: number): Group[] {
  const random = seededRandom(seed);
  const ids = users.map((user) => user.id);
  return Array.from({ length: count }, (_, index) => {
    const created = EPOCH + index * 3_600_000 + random.int(0, 3_599) * 1000;
    const updated = random.next() < 0.4 ? created + random.int(1, 400) * 86_400_000 : undefined;
    return {
      id: index + 1,
      name: teamName(index),
      members: random.sample(ids, random.int(0, Math.min(12, ids.length))),
      created_at: testmoTime(created),
      created_by: random.pick(ids),
      updated_at: updated === undefined ? null : testmoTime(updated),
      updated_by: updated === undefined ? null : random.pick(ids),
    };
  });
}
