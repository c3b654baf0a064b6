import type { CallOptions } from './options.js';

export interface PageWalk<Page, Cursor> {
  /** The cursor of the first page (a page number, an offset, a token). */
  readonly start: Cursor;
  /** Fetches one page; typically `(cursor, signal) => unwrap(client.GET('/groups', { params: ..., signal }))`. */
  fetchPage(cursor: Cursor, signal: AbortSignal | undefined): Promise<Page>;
  /** The cursor of the page after this one, or null/undefined when this was the last page. */
  nextCursor(page: Page, cursor: Cursor): Cursor | null | undefined;
  readonly signal?: AbortSignal;
}

export interface ItemWalk<Page, Item, Cursor> extends PageWalk<Page, Cursor> {
  items(page: Page): Iterable<Item>;
}

/**
 * Every page, fetched one at a time when the consumer asks for it: memory stays flat, nothing is
 * fetched after a `break`, and a cursor that does not advance is an error instead of an endless loop.
 */
export async function* paginatePages<Page, Cursor>(walk: PageWalk<Page, Cursor>): AsyncGenerator<Page, void, undefined> {
  let cursor = walk.start;
  for (;;) {
    walk.signal?.throwIfAborted();
    const page = await walk.fetchPage(cursor, walk.signal);
    yield page;
    const next = walk.nextCursor(page, cursor);
    if (next === null || next === undefined) return;
    if (Object.is(next, cursor)) throw new Error(`pagination did not advance: the next cursor is again ${String(cursor)}`);
    cursor = next;
  }
}

/** Every item of every page: `for await (const group of paginate({ ... }))`. */
export async function* paginate<Page, Item, Cursor>(walk: ItemWalk<Page, Item, Cursor>): AsyncGenerator<Item, void, undefined> {
  for await (const page of paginatePages(walk)) yield* walk.items(page);
}

/** Every item of a list, with its pages one call away; each `for await` starts a fresh walk. */
export interface Paginated<Item, Page> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

/**
 * What a client's `paginate(...)` method returns: `for await (const group of walk)` for items,
 * `for await (const page of walk.pages())` for whole pages.
 */
export function paginated<Page, Item, Cursor>(walk: ItemWalk<Page, Item, Cursor>): Paginated<Item, Page> {
  return {
    [Symbol.asyncIterator]: () => paginate(walk),
    pages: () => paginatePages(walk),
  };
}

/**
 * The options of a client's `paginate(path, init)`: those of one call to the list operation. The query
 * is sent with every page; its page parameter, if given, is where the walk starts.
 */
export interface PagingOptions<Query> extends CallOptions {
  readonly params?: { readonly query?: Query };
  readonly headers?: Readonly<Record<string, string>>;
  /** Stops the walk: the page being fetched rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}
