import { paginated, type Paginated, type PagingOptions } from './paginate.js';

/** The options of one page's call: the caller's, page number set; open like openapi-fetch's `init`. */
export type PageInit<Query> = PagingOptions<Query> & Readonly<Record<string, unknown>>;

/** A list operation paged by number: what differs between two such APIs is the parameter, the first number and the rule for the next. */
export interface PageNumberPaging<Query, Page, Item> {
  /** The query parameter that carries the page number (Kore.ai's `offset`, Testmo's `page`). */
  readonly pageParameter: keyof NonNullable<Query> & string;
  /** The API's first page number: where the walk starts unless the caller's query names another. */
  readonly firstPage: number;
  /** One call of the list operation with these options, e.g. `(init) => unwrap(client.GET('/groups', init))`. */
  fetchPage(init: PageInit<Query>): Promise<Page>;
  items(page: Page): Iterable<Item>;
  /** The number of the page after `page` (numbered `number`), or null/undefined when it was the last. */
  nextPage(page: Page, number: number): number | null | undefined;
}

/**
 * `client.paginate(path, init)` for an API that pages by number: the caller's options go with every page,
 * with the page parameter set to the page being fetched.
 */
export function paginateByPageNumber<Query, Page, Item>(paging: PageNumberPaging<Query, Page, Item>, init: PagingOptions<Query> = {}): Paginated<Item, Page> {
  const { pageParameter, firstPage, fetchPage, items, nextPage } = paging;
  const query = init.params?.query as Readonly<Record<string, unknown>> | undefined;
  return paginated({
    start: (query?.[pageParameter] as number | undefined) ?? firstPage,
    fetchPage: (number) => fetchPage({ ...init, params: { ...init.params, query: { ...query, [pageParameter]: number } as Query } } as PageInit<Query>),
    items,
    nextCursor: nextPage,
    signal: init.signal,
  });
}
