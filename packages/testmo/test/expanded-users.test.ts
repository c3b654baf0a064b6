import { describe, expect, it } from 'vitest';
import { expandedUsers, hasExpandedUsers, type PaginatedGroups } from '../src/index.js';

const page: PaginatedGroups = { page: 1, prev_page: null, next_page: null, last_page: 1, per_page: 100, total: 0, result: [] };
const ada = { id: 2, name: 'Ada' };

describe('expanded users of a response', () => {
  it('are the users of `expands.users`', () => {
    const body = { ...page, expands: { users: [ada] } };
    expect(hasExpandedUsers(body)).toBe(true);
    expect(expandedUsers(body)).toEqual([ada]);
  });

  it.each([
    ['no `expands` at all (the pagination page lists the envelope without it)', page],
    ['`expands: {}` (nothing requested, the groups page)', { ...page, expands: {} }],
    ['`expands: []` (an empty PHP array)', { ...page, expands: [] }],
    ['only another expand key', { ...page, expands: { milestones: [] } }],
  ])('are none with %s', (_what, body) => {
    expect(hasExpandedUsers(body)).toBe(false);
    expect(expandedUsers(body)).toEqual([]);
  });
});
