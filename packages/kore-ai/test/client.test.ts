import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoreAiClient } from '../src/index.js';

describe('createKoreAiClient', () => {
  let server: Server;
  let baseUrl: string;
  const seen: IncomingMessage[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ total: 0, availableMore: false, groups: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the JWT in the auth header and the query as the doc shows', async () => {
    const client = createKoreAiClient({ jwt: 'the-jwt', baseUrl });
    const { data, error } = await client.GET('/groups', { params: { query: { offset: 0, limit: 2 } } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ total: 0, availableMore: false, groups: [] });
    const request = seen.at(-1)!;
    expect(request.url).toBe('/api/public/groups?offset=0&limit=2');
    expect(request.headers.auth).toBe('the-jwt');
    expect(request.headers.authorization).toBeUndefined();
  });

  it('defaults to https://bots.kore.ai/api/public and builds the URL from host', async () => {
    const urls: string[] = [];
    const fetchSpy = async (url: string) => {
      urls.push(url);
      return new Response('{"total":0,"availableMore":false,"groups":[]}', { headers: { 'content-type': 'application/json' } });
    };
    await createKoreAiClient({ jwt: 'x', fetch: fetchSpy }).GET('/groups');
    await createKoreAiClient({ jwt: 'x', host: 'bots.eu.kore.ai', fetch: fetchSpy }).GET('/groups');
    expect(urls).toEqual(['https://bots.kore.ai/api/public/groups', 'https://bots.eu.kore.ai/api/public/groups']);
  });
});
