import { describe, expect, expectTypeOf, it } from 'vitest';
import { paginateByPageNumber, type PageInit, type Paginated } from '../src/index.js';

interface Query {
  readonly page?: number;
  readonly size?: number;
}
interface Page {
  readonly rows: string[];
  readonly next: number | null;
}

/** A list of `lastPage` pages numbered from 1, recording every call's options. */
function numberedList(lastPage: number, calls: PageInit<Query | undefined>[]) {
  return {
    pageParameter: 'page' as const,
    firstPage: 1,
    fetchPage: async (init: PageInit<Query | undefined>): Promise<Page> => {
      calls.push(init);
      const page = init.params?.query?.page ?? 0;
      return { rows: [`row${page}`], next: page < lastPage ? page + 1 : null };
    },
    items: (page: Page) => page.rows,
    nextPage: (page: Page) => page.next,
  };
}

describe('paginateByPageNumber', () => {
  it('starts at the first page and sends the caller query, headers and options with every page', async () => {
    const calls: PageInit<Query | undefined>[] = [];
    const walk = paginateByPageNumber(numberedList(3, calls), { params: { query: { size: 2 } }, headers: { 'x-trace': 't' }, timeoutMs: 500 });
    expectTypeOf(walk).toEqualTypeOf<Paginated<string, Page>>();

    const rows: string[] = [];
    for await (const row of walk) rows.push(row);

    expect(rows).toEqual(['row1', 'row2', 'row3']);
    expect(calls).toEqual([1, 2, 3].map((page) => ({ params: { query: { size: 2, page } }, headers: { 'x-trace': 't' }, timeoutMs: 500 })));
  });

  it('starts at the page the caller query names', async () => {
    const calls: PageInit<Query | undefined>[] = [];
    const pages: Page[] = [];
    for await (const page of paginateByPageNumber(numberedList(3, calls), { params: { query: { page: 2 } } }).pages()) pages.push(page);
    expect(pages.map((page) => page.rows)).toEqual([['row2'], ['row3']]);
    expect(calls.map((init) => init.params?.query?.page)).toEqual([2, 3]);
  });

  it('stops the walk when the caller signal aborts', async () => {
    const controller = new AbortController();
    const calls: PageInit<Query | undefined>[] = [];
    const rows: string[] = [];
    const walking = (async () => {
      for await (const row of paginateByPageNumber(numberedList(5, calls), { signal: controller.signal })) {
        rows.push(row);
        controller.abort(new Error('enough'));
      }
    })();
    await expect(walking).rejects.toThrow('enough');
    expect(rows).toEqual(['row1']);
    expect(calls[0]?.signal).toBe(controller.signal);
  });
});
