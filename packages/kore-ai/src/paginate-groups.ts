import { paginateByPageNumber, unwrap, type Paginated, type PagingOptions } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/schema.js';

/** The options of `client.paginate('/groups', ...)`: `limit` goes with every page; `offset` is the page to start from (default 0). */
export type ListGroupsPaging = PagingOptions<operations['listGroups']['parameters']['query']>;

/** Kore.ai's paging: `offset` is a page number from 0; the last page says `availableMore: false`. */
export function paginateGroups(
  client: Client<paths>,
  init: ListGroupsPaging = {},
): Paginated<components['schemas']['Group'], components['schemas']['GroupList']> {
  return paginateByPageNumber(
    {
      pageParameter: 'offset',
      firstPage: 0,
      fetchPage: (pageInit) => unwrap(client.GET('/groups', pageInit)),
      items: (page) => page.groups,
      nextPage: (page, offset) => (page.availableMore ? offset + 1 : undefined),
    },
    init,
  );
}
