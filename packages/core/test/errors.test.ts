import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  GroupApiError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
  errorFromResponse,
  resultError,
  unwrap,
} from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { rejectionOf, testClient } from './support/client.js';

/** Answers /groups/<status> with that status and a JSON body naming it. */
async function statusServer() {
  return fakeServer((request, response) => {
    const status = Number(request.url.split('/').at(-1));
    json(response, status, { message: `status ${status}` }, { 'x-request-id': `req-${status}` });
  });
}

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitedError],
    [500, ServerError],
    [503, ServerError],
    [418, GroupApiError],
  ] as const)('unwrap throws exactly the class for %i', async (status, ErrorClass) => {
    const server = await statusServer();
    const { client } = testClient(server.origin, { retry: false });

    const error = await rejectionOf(unwrap(client.GET('/groups/{groupId}', { params: { path: { groupId: String(status) } } })));

    expect(error).toBeInstanceOf(GroupApiError);
    expect(error).toBeInstanceOf(Error);
    expect((error as object).constructor).toBe(ErrorClass);
    expect(error).toMatchObject({
      name: ErrorClass.name,
      status,
      method: 'GET',
      url: `${server.origin}/groups/${status}`,
      requestId: `req-${status}`,
      attempts: 1,
      body: { message: `status ${status}` },
      headers: expect.objectContaining({ 'content-type': 'application/json' }),
    });
    expect((error as Error).message).toBe(`GET ${server.origin}/groups/${status} responded ${status} (request id req-${status})`);
  });

  it("keeps openapi-fetch's { data, error } style, with resultError for the typed error", async () => {
    const server = await statusServer();
    const { client } = testClient(server.origin);

    const result = await client.GET('/groups/{groupId}', { params: { path: { groupId: '404' } } });

    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ message: 'status 404' });
    const error = resultError(result);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toEqual({ message: 'status 404' });
  });

  it('rejects a success whose body is not JSON with InvalidResponseError holding the raw text, without retrying', async () => {
    const server = await fakeServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('<html>maintenance</html>');
    });
    const { client } = testClient(server.origin);

    const error = await rejectionOf(client.GET('/groups'));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, body: '<html>maintenance</html>', attempts: 1, method: 'GET' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server.requests).toHaveLength(1);
  });

  it('returns undefined data for empty and 204 responses, and honours parseAs', async () => {
    const server = await fakeServer((request, response) => {
      if (request.method === 'DELETE') return void response.writeHead(204).end();
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(request.url.includes('page=1') ? '' : 'plain text');
    });
    const { client } = testClient(server.origin);

    expect(await unwrap(client.DELETE('/groups/{groupId}', { params: { path: { groupId: 'g1' } } }))).toBeUndefined();
    expect(await unwrap(client.GET('/groups', { params: { query: { page: 1 } } }))).toBeUndefined();
    expect((await client.GET('/groups', { parseAs: 'text' })).data).toBe('plain text');
  });

  it('gives vendors errorFromResponse for their own exchanges (token endpoints)', () => {
    const error = errorFromResponse({
      status: 429,
      method: 'POST',
      url: 'https://api.example.test/v1/accessToken',
      headers: new Headers({ 'retry-after': '7' }),
      body: { errorCode: 'TooMany' },
    });

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(7000);
  });

  it('has a class for each failure without a response', () => {
    const details = { method: 'GET', url: 'https://api.example.test/groups' };

    expect(new ConnectionError({ ...details, cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }).message).toBe(
      'GET https://api.example.test/groups failed: ECONNRESET',
    );
    expect(new TimeoutError({ ...details, timeoutMs: 1500 }).message).toBe('GET https://api.example.test/groups timed out after 1500 ms');
  });
});
