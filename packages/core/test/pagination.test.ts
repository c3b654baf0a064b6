import { describe, expect, expectTypeOf, it } from 'vitest';
import { paginate, paginatePages, unwrap } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { testClient } from './support/client.js';
import type { Group, GroupPage } from './support/paths.js';

/** Kore.ai-style pages: `offset` is a page number, `availableMore` says whether another follows. */
interface KorePage {
  groups: Group[];
  availableMore: boolean;
}

function korePage(offset: number, lastPage: number): KorePage {
  return { groups: [{ id: `g${offset}`, name: `Group ${offset}` }], availableMore: offset < lastPage };
}

describe('paginate', () => {
  it('walks pages over HTTP, one request per page, and stops by itself', async () => {
    const pages = 50;
    const server = await fakeServer((request, response) => {
      const page = Number(new URL(request.url, 'http://x').searchParams.get('page'));
      json(response, 200, { groups: [{ id: `g${page}`, name: 'G' }], next_page: page < pages ? page + 1 : null });
    });
    const { client } = testClient(server.origin);

    const ids: string[] = [];
    for await (const group of paginate({
      start: 1,
      fetchPage: (page, signal) => unwrap(client.GET('/groups', { params: { query: { page } }, signal })),
      items: (page) => page.groups,
      nextCursor: (page) => page.next_page,
    })) {
      ids.push(group.id);
    }

    expect(ids).toEqual(Array.from({ length: pages }, (_, index) => `g${index + 1}`));
    expect(server.requests).toHaveLength(pages);
  });

  it('walks 2 000 pages through the whole client stack (in-process fetch), fetching lazily', async () => {
    const pages = 2_000;
    let fetched = 0;
    const { client } = testClient('https://api.example.test', {
      logger: undefined,
      fetch: async (url) => {
        fetched += 1;
        const page = Number(new URL(url).searchParams.get('page'));
        return Response.json({ groups: [{ id: `g${page}`, name: 'G' }], next_page: page < pages ? page + 1 : null });
      },
    });

    let items = 0;
    let fetchedAhead = 0;
    for await (const group of paginate({
      start: 1,
      fetchPage: (page) => unwrap(client.GET('/groups', { params: { query: { page } } })),
      items: (page) => page.groups,
      nextCursor: (page) => page.next_page,
    })) {
      items += 1;
      // Memory stays flat because nothing is fetched ahead of the page being consumed.
      if (fetched !== Number(group.id.slice(1))) fetchedAhead += 1;
    }

    expect(items).toBe(pages);
    expect(fetched).toBe(pages);
    expect(fetchedAhead).toBe(0);
  });

  it('walks 100 000 Kore.ai-style pages (offset is a page number, stop when availableMore is false)', async () => {
    let items = 0;
    let last = '';
    for await (const group of paginate({
      start: 0,
      fetchPage: async (offset) => korePage(offset, 99_999),
      items: (page) => page.groups,
      nextCursor: (page, offset) => (page.availableMore ? offset + 1 : undefined),
    })) {
      items += 1;
      last = group.id;
    }

    expect(items).toBe(100_000);
    expect(last).toBe('g99999');
  });

  it('stops cleanly on break: no page is fetched after it', async () => {
    const requested: number[] = [];
    let finished = false;
    const walk = {
      start: 0,
      fetchPage: async (offset: number) => {
        requested.push(offset);
        return { groups: [{ id: `a${offset}`, name: '' }, { id: `b${offset}`, name: '' }], availableMore: true };
      },
      items: (page: KorePage) => page.groups,
      nextCursor: (page: KorePage, offset: number) => (page.availableMore ? offset + 1 : undefined),
    };

    const seen: string[] = [];
    for await (const group of paginate(walk)) {
      seen.push(group.id);
      if (seen.length === 3) break;
    }
    finished = true;

    expect(seen).toEqual(['a0', 'b0', 'a1']);
    expect(requested).toEqual([0, 1]);
    expect(finished).toBe(true);
  });

  it('has a pages variant (Testmo: page until next_page is null)', async () => {
    const server = await fakeServer((request, response) => {
      const page = Number(new URL(request.url, 'http://x').searchParams.get('page'));
      json(response, 200, { groups: [], next_page: page < 3 ? page + 1 : null });
    });
    const { client } = testClient(server.origin);

    const numbers: (number | null)[] = [];
    for await (const page of paginatePages({
      start: 1,
      fetchPage: (page) => unwrap(client.GET('/groups', { params: { query: { page } } })),
      nextCursor: (page) => page.next_page,
    })) {
      expectTypeOf(page).toEqualTypeOf<GroupPage>();
      numbers.push(page.next_page);
    }

    expect(numbers).toEqual([2, 3, null]);
    expect(server.requests.map((request) => request.url)).toEqual(['/groups?page=1', '/groups?page=2', '/groups?page=3']);
  });

  it('fails instead of looping forever when the cursor does not advance', async () => {
    const walk = paginatePages({ start: 1, fetchPage: async () => ({ next_page: 1 }), nextCursor: (page) => page.next_page });

    await expect(async () => {
      for await (const _page of walk) {
        // drain
      }
    }).rejects.toThrow('pagination did not advance: the next cursor is again 1');
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    let fetched = 0;
    const walk = paginatePages({
      start: 0,
      signal: controller.signal,
      fetchPage: async (offset) => {
        fetched += 1;
        if (offset === 2) controller.abort(new Error('enough'));
        return korePage(offset, 10);
      },
      nextCursor: (page, offset) => (page.availableMore ? offset + 1 : undefined),
    });

    await expect(async () => {
      for await (const _page of walk) {
        // drain
      }
    }).rejects.toThrow('enough');
    expect(fetched).toBe(3);
  });

  it('infers item and cursor types from the walk', () => {
    const items = paginate({
      start: 0,
      fetchPage: async (offset) => korePage(offset, 0),
      items: (page) => page.groups,
      nextCursor: (page, offset) => (page.availableMore ? offset + 1 : undefined),
    });
    expectTypeOf(items).toEqualTypeOf<AsyncGenerator<Group, void, undefined>>();
  });
});
