import { describe, expect, it, onTestFinished } from 'vitest';
import { createKoreAiClient, PermissionDeniedError, type Group, type GroupList } from '../src/index.js';
import { startKoreAiFake } from '../src/fake/index.js';
import { fakeKoreAi } from './support/fake-kore-ai.js';

function group(id: string): Group {
  return { _id: id, gN: `Group ${id}`, gDesc: '', groups: [], users: [], userCount: 0 };
}

/** Page `offset` of a list of `lastOffset + 1` pages with `perPage` groups each. */
function pageAt(offset: number, lastOffset: number, perPage = 1): GroupList {
  const groups = Array.from({ length: perPage }, (_, index) => group(`e-${offset}-${index}`));
  return { total: groups.length, availableMore: offset < lastOffset, groups };
}

const offsetOf = (url: string) => Number(new URL(url, 'http://x').searchParams.get('offset'));

/** A client whose fetch answers in-process, counting requests: for walks too long for a socket per page. */
function inProcessClient(lastOffset: number, perPage = 1) {
  const requested: string[] = [];
  const client = createKoreAiClient({
    baseUrl: 'https://bots.kore.ai/api/public',
    jwt: 'a.b.c',
    rateLimit: false,
    fetch: async (url) => {
      requested.push(url);
      return Response.json(pageAt(offsetOf(url), lastOffset, perPage));
    },
  });
  return { client, requested };
}

describe('client.paginate(\'/groups\')', () => {
  it('asks for page 0, 1, 2, ... (offset is a page number) with limit on each, and stops when availableMore is false', async () => {
    const fake = await startKoreAiFake({ groups: 6 });
    onTestFinished(() => fake.close());
    const client = createKoreAiClient({ baseUrl: fake.url, ...fake.credentials, rateLimit: false });

    const ids: string[] = [];
    for await (const each of client.paginate('/groups', { params: { query: { limit: 2 } } })) ids.push(each._id);

    expect(ids).toEqual(fake.state.groups.map((each) => each._id));
    expect(fake.exchanges.map((exchange) => exchange.url)).toEqual([
      '/api/public/groups?limit=2&offset=0',
      '/api/public/groups?limit=2&offset=1',
      '/api/public/groups?limit=2&offset=2',
    ]);
    expect(fake.exchanges.map((exchange) => exchange.status)).toEqual([200, 200, 200]);
  });

  it('starts from the offset given', async () => {
    const { client, requested } = inProcessClient(6);

    const ids: string[] = [];
    for await (const each of client.paginate('/groups', { params: { query: { offset: 5 } } })) ids.push(each._id);

    expect(ids).toEqual(['e-5-0', 'e-6-0']);
    expect(requested.map(offsetOf)).toEqual([5, 6]);
  });

  it('walks 2 000 pages, one request per page, fetching only as the loop asks', async () => {
    const pages = 2_000;
    const { client, requested } = inProcessClient(pages - 1);

    let items = 0;
    let last = '';
    let fetchedAhead = 0;
    for await (const each of client.paginate('/groups', { params: { query: { limit: 1 } } })) {
      items += 1;
      last = each._id;
      if (requested.length !== items) fetchedAhead += 1;
    }

    expect(items).toBe(pages);
    expect(last).toBe('e-1999-0');
    expect(requested).toHaveLength(pages);
    expect(requested.at(-1)).toBe('https://bots.kore.ai/api/public/groups?limit=1&offset=1999');
    expect(fetchedAhead).toBe(0);
  });

  it('has a pages variant', async () => {
    const { client } = inProcessClient(3, 2);

    const pages: GroupList[] = [];
    for await (const page of client.paginate('/groups').pages()) pages.push(page);

    expect(pages.map((page) => page.availableMore)).toEqual([true, true, true, false]);
    expect(pages.map((page) => page.groups.length)).toEqual([2, 2, 2, 2]);
  });

  it('stops on break: nothing is fetched after it', async () => {
    const { client, requested } = inProcessClient(1_000, 2);

    const ids: string[] = [];
    for await (const each of client.paginate('/groups')) {
      ids.push(each._id);
      if (ids.length === 3) break;
    }

    expect(ids).toEqual(['e-0-0', 'e-0-1', 'e-1-0']);
    expect(requested.map(offsetOf)).toEqual([0, 1]);
  });

  it('throws the typed error of a failing page, after the items before it', async () => {
    const server = await fakeKoreAi({
      reply: (request) =>
        offsetOf(request.url) < 2
          ? { status: 200, body: pageAt(offsetOf(request.url), 5) }
          : { status: 403, body: { errors: [{ msg: 'App does not have the required scope', code: 403 }] } },
    });
    const client = createKoreAiClient({ baseUrl: server.baseUrl, jwt: 'a.b.c', rateLimit: false });

    const ids: string[] = [];
    const walk = async () => {
      for await (const each of client.paginate('/groups')) ids.push(each._id);
    };

    await expect(walk()).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(ids).toEqual(['e-0-0', 'e-1-0']);
    expect(server.requests).toHaveLength(3);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const { client, requested } = inProcessClient(1_000);

    const walk = async () => {
      for await (const each of client.paginate('/groups', { signal: controller.signal })) {
        if (each._id === 'e-2-0') controller.abort(new Error('enough'));
      }
    };

    await expect(walk()).rejects.toThrow('enough');
    expect(requested).toHaveLength(3);
  });
});
