import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, createClient, unwrap } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { rejectionOf, testClient } from './support/client.js';
import type { paths } from './support/paths.js';

const page = { groups: [{ id: 'g1', name: 'Ops' }], next_page: null };
const pageBytes = Buffer.byteLength(JSON.stringify(page));

describe('maxResponseBytes', () => {
  it('refuses a response whose Content-Length is over the limit before reading it, and does not retry', async () => {
    const server = await fakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
      response.write('{"groups":[');
    });
    const { client, logs } = testClient(server.origin, { maxResponseBytes: 1_000 });

    const error = await rejectionOf(client.GET('/groups'));

    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({
      status: 200,
      size: 200 * 1024 * 1024,
      announced: true,
      maxResponseBytes: 1_000,
      message: `GET ${server.origin}/groups announced 209715200 bytes; the limit (maxResponseBytes) is 1000`,
    });
    expect(server.requests).toHaveLength(1);
    expect(logs.map((entry) => [entry.status, entry.error?.name, entry.nextAttemptInMs])).toEqual([[200, 'ResponseTooLargeError', undefined]]);
  });

  it('gives up as soon as more bytes than the limit arrived when no length was announced (chunked)', async () => {
    const server = await fakeServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(600);
      response.write(chunk);
      response.write(chunk);
      response.end(chunk);
    });
    const { client } = testClient(server.origin, { maxResponseBytes: 1_000 });

    const error = await rejectionOf(client.GET('/groups'));

    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 404, announced: false, maxResponseBytes: 1_000 });
    expect((error as ResponseTooLargeError).size).toBeGreaterThan(1_000);
    expect((error as ResponseTooLargeError).size).toBeLessThanOrEqual(1_800);
  });

  it('reads a body of exactly the limit', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, page));
    const { client } = testClient(server.origin, { maxResponseBytes: pageBytes });

    expect(await unwrap(client.GET('/groups'))).toEqual(page);
  });

  it('leaves the returned response readable by the caller (the transport read its body)', async () => {
    const server = await fakeServer((_request, response) => json(response, 200, page, { 'x-request-id': 'r1' }));
    const { client } = testClient(server.origin);

    const { data, response } = await client.GET('/groups');

    expect(data).toEqual(page);
    expect([response.status, response.headers.get('x-request-id'), response.url]).toEqual([200, 'r1', `${server.origin}/groups`]);
    expect(await response.json()).toEqual(page);
    expect(await response.clone().text()).toBe(JSON.stringify(page));
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(JSON.stringify(page));
    expect(await new Response(response.body).text()).toBe(JSON.stringify(page));
  });

  it('counts a lying Content-Length by the bytes actually read', async () => {
    const body = JSON.stringify({ groups: Array.from({ length: 50 }, (_, index) => ({ id: `g${index}`, name: 'x'.repeat(50) })), next_page: null });
    const { client } = testClient('https://api.example.com', {
      maxResponseBytes: 1_000,
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json', 'content-length': '10' } }),
    });

    expect(await rejectionOf(client.GET('/groups'))).toMatchObject({ name: 'ResponseTooLargeError', announced: false });
  });

  it('counts a streamed body (parseAs: stream) as the caller reads it', async () => {
    const server = await fakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      for (let index = 0; index < 5; index++) response.write(Buffer.alloc(500));
      response.end();
    });
    const { client } = testClient(server.origin, { maxResponseBytes: 1_000 });

    const { data } = await client.GET('/groups', { parseAs: 'stream' });
    const reading = new Response(data as ReadableStream).arrayBuffer();

    expect(await rejectionOf(reading)).toBeInstanceOf(ResponseTooLargeError);
  });

  it('has a default of 32 MiB and refuses a value that is not a whole number of bytes', () => {
    expect(() => createClient<paths>({ baseUrl: 'https://api.example.com', maxResponseBytes: 0 })).toThrow(new RangeError('maxResponseBytes must be a whole number of bytes > 0'));
    expect(() => createClient<paths>({ baseUrl: 'https://api.example.com', maxResponseBytes: 1.5 })).toThrow(RangeError);
  });
});
