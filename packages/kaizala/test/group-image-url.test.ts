import { describe, expect, it } from 'vitest';
import { groupImageUrlOf, type Group } from '../src/index.js';

describe('groupImageUrlOf', () => {
  const group: Group = { groupId: '853654b2-5874-462d-b709-0c4e43a7083f', groupName: 'Sample group name' };

  it('reads either spelling of the image field, preferring the samples spelling groupImageUrl', () => {
    expect(groupImageUrlOf({ ...group, groupImageUrl: 'samples.png' })).toBe('samples.png');
    expect(groupImageUrlOf({ ...group, groupImageURL: 'table.png' })).toBe('table.png');
    expect(groupImageUrlOf({ ...group, groupImageUrl: 'samples.png', groupImageURL: 'table.png' })).toBe('samples.png');
  });

  it('is undefined when the group has no picture', () => {
    expect(groupImageUrlOf(group)).toBeUndefined();
  });
});
