import { paginateByPageNumber, unwrap, type Paginated, type PagingOptions } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/schema.js';

/** The options of `client.paginate('/api/v1/groups', ...)`: `per_page` and `expands` go with every page; `page` is the page to start from (default 1). */
export type ListGroupsPaging = PagingOptions<operations['listGroups']['parameters']['query']>;

/** Testmo's paging: `page` counts from 1, and each page names the next one in `next_page` (null on the last). */
export function paginateGroups(
  client: Client<paths>,
  init: ListGroupsPaging = {},
): Paginated<components['schemas']['Group'], components['schemas']['PaginatedGroups']> {
  return paginateByPageNumber(
    {
      pageParameter: 'page',
      firstPage: 1,
      fetchPage: (pageInit) => unwrap(client.GET('/api/v1/groups', pageInit)),
      items: (page) => page.result,
      nextPage: (page) => page.next_page,
    },
    init,
  );
}
