import type { components } from './generated/schema.js';

type Group = components['schemas']['Group'];

/**
 * The group's picture URL whichever way the response spells the field: the vendor's samples use
 * `groupImageUrl`, its field table `groupImageURL` (see specs/kaizala/README.md).
 */
export function groupImageUrlOf(group: Group): string | undefined {
  return group.groupImageUrl ?? group.groupImageURL;
}
