import { describe, expect, expectTypeOf, it } from 'vitest';
import { paginated, type CallOptions, type Paginated, type PagingOptions } from '../src/index.js';

interface NumberedPage {
  readonly items: readonly string[];
  readonly next_page: number | null;
}

function numberedWalk(lastPage: number, requested: number[]) {
  return paginated({
    start: 1,
    fetchPage: async (page: number): Promise<NumberedPage> => {
      requested.push(page);
      return { items: [`a${page}`, `b${page}`], next_page: page < lastPage ? page + 1 : null };
    },
    items: (page) => page.items,
    nextCursor: (page) => page.next_page,
  });
}

describe('paginated', () => {
  it('iterates items with for await, and pages with .pages()', async () => {
    const requested: number[] = [];
    const walk = numberedWalk(3, requested);

    const items: string[] = [];
    for await (const item of walk) items.push(item);
    const pages: (number | null)[] = [];
    for await (const page of walk.pages()) pages.push(page.next_page);

    expect(items).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
    expect(pages).toEqual([2, 3, null]);
    expect(requested).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('fetches nothing until iterated, and nothing after a break', async () => {
    const requested: number[] = [];
    const walk = numberedWalk(1_000, requested);
    expect(requested).toEqual([]);

    for await (const item of walk) {
      if (item === 'a2') break;
    }

    expect(requested).toEqual([1, 2]);
  });

  it('types items and pages from the walk', () => {
    const walk = numberedWalk(1, []);
    expectTypeOf(walk).toEqualTypeOf<Paginated<string, NumberedPage>>();
    expectTypeOf(walk.pages()).toEqualTypeOf<AsyncIterable<NumberedPage>>();
  });

  it('types the options of a paginate method: one list call\'s query, headers, signal and call options', () => {
    type Options = PagingOptions<{ page?: number; per_page?: 15 | 25 }>;
    expectTypeOf<Options>().toMatchTypeOf<CallOptions>();
    expectTypeOf<NonNullable<NonNullable<Options['params']>['query']>>().toEqualTypeOf<{ page?: number; per_page?: 15 | 25 }>();
    expectTypeOf<Options['signal']>().toEqualTypeOf<AbortSignal | undefined>();
    // @ts-expect-error the query is the list operation's own
    const wrong: Options = { params: { query: { per_page: 10 } } };
    void wrong;
  });
});
