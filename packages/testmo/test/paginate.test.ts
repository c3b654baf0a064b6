import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestmoClient, UnprocessableEntityError, type PaginatedGroups } from '../src/index.js';
import { startTestmoFake } from '../src/fake/index.js';
import { fakeTestmo, pageOf } from './support/fake-testmo.js';

const pageParam = (url: string) => Number(new URL(url).searchParams.get('page'));

/** A client whose fetch answers in-process, counting requests: for walks too long for a socket per page. */
function inProcessClient(total: number, perPage: number) {
  const requested: string[] = [];
  const client = createTestmoClient({
    baseUrl: 'https://acme.testmo.net',
    token: 'admin-token',
    fetch: async (url) => {
      requested.push(url);
      return Response.json(pageOf(total, pageParam(url), perPage));
    },
  });
  return { client, requested };
}

describe("client.paginate('/api/v1/groups')", () => {
  it('asks for page 1, 2, 3 with per_page and expands on each, and stops when next_page is null', async () => {
    const fake = await startTestmoFake({ groups: 40 });
    onTestFinished(() => fake.close());
    const client = createTestmoClient({ baseUrl: fake.url, token: fake.token });

    const ids: number[] = [];
    for await (const group of client.paginate('/api/v1/groups', { params: { query: { per_page: 15, expands: 'users' } } })) ids.push(group.id);

    expect(ids).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(fake.exchanges.map((exchange) => exchange.url)).toEqual([
      '/api/v1/groups?per_page=15&expands=users&page=1',
      '/api/v1/groups?per_page=15&expands=users&page=2',
      '/api/v1/groups?per_page=15&expands=users&page=3',
    ]);
    expect(fake.exchanges.every((exchange) => exchange.requestHeaders.authorization === `Bearer ${fake.token}`)).toBe(true);
  });

  it('ends after one request on an empty list (page and next_page are null)', async () => {
    const fake = await startTestmoFake({ groups: 0 });
    onTestFinished(() => fake.close());
    const client = createTestmoClient({ baseUrl: fake.url, token: fake.token });

    const ids: number[] = [];
    for await (const group of client.paginate('/api/v1/groups')) ids.push(group.id);

    expect(ids).toEqual([]);
    expect(fake.exchanges.map((exchange) => exchange.url)).toEqual(['/api/v1/groups?page=1']);
  });

  it('walks 2 000 pages, one request per page, fetching only as the loop asks', async () => {
    const { client, requested } = inProcessClient(30_000, 15);

    let items = 0;
    let last = 0;
    let fetchedAhead = 0;
    for await (const group of client.paginate('/api/v1/groups', { params: { query: { per_page: 15 } } })) {
      items += 1;
      last = group.id;
      if (requested.length !== Math.ceil(items / 15)) fetchedAhead += 1;
    }

    expect(items).toBe(30_000);
    expect(last).toBe(30_000);
    expect(requested).toHaveLength(2_000);
    expect(requested.at(-1)).toBe('https://acme.testmo.net/api/v1/groups?per_page=15&page=2000');
    expect(fetchedAhead).toBe(0);
  });

  it('has a pages variant, and starts from the page given', async () => {
    const { client, requested } = inProcessClient(100, 25);

    const pages: PaginatedGroups[] = [];
    for await (const page of client.paginate('/api/v1/groups', { params: { query: { page: 2, per_page: 25 } } }).pages()) pages.push(page);

    expect(pages.map((page) => [page.page, page.next_page])).toEqual([
      [2, 3],
      [3, 4],
      [4, null],
    ]);
    expect(requested.map(pageParam)).toEqual([2, 3, 4]);
  });

  it('stops on break: nothing is fetched after it', async () => {
    const { client, requested } = inProcessClient(10_000, 15);

    for await (const group of client.paginate('/api/v1/groups', { params: { query: { per_page: 15 } } })) {
      if (group.id === 16) break;
    }

    expect(requested.map(pageParam)).toEqual([1, 2]);
  });

  it('throws the typed error of a failing page, after the groups before it', async () => {
    const server = await fakeTestmo({
      groups: 200,
      fault: (request) => (request.url.endsWith('page=3') ? { status: 422, body: { message: 'The given data was invalid.' } } : undefined),
    });
    const client = createTestmoClient({ baseUrl: server.baseUrl, token: 'admin-token' });

    let items = 0;
    const walk = async () => {
      for await (const _group of client.paginate('/api/v1/groups', { params: { query: { per_page: 50 } } })) items += 1;
    };

    await expect(walk()).rejects.toBeInstanceOf(UnprocessableEntityError);
    expect(items).toBe(100);
    expect(server.requests).toHaveLength(3);
  });
});
