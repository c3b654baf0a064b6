import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createTestmoClient,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
  unwrap,
  type RequestLog,
  type TestmoErrorBody,
} from '../src/index.js';
import { fakeTestmo, unauthenticated } from './support/fake-testmo.js';

const rejectionOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('Testmo errors through unwrap', () => {
  it('a token Testmo does not know is an AuthenticationError after one request (a static token is not renewed)', async () => {
    const server = await fakeTestmo();
    const client = createTestmoClient({ baseUrl: server.baseUrl, token: 'revoked-token' });

    const failure = await rejectionOf(unwrap(client.GET('/api/v1/groups')));

    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ status: 401, method: 'GET', url: `${server.baseUrl}/api/v1/groups`, attempts: 1, body: unauthenticated });
    expect(server.requests).toHaveLength(1);
  });

  it('a non-admin token is a PermissionDeniedError with status, headers, request id and the typed body', async () => {
    const notAdmin: TestmoErrorBody = { message: 'Site admin access required.' };
    const server = await fakeTestmo({ fault: () => ({ status: 403, body: notAdmin, headers: { 'x-request-id': 'tm-7' } }) });
    const client = createTestmoClient({ baseUrl: server.baseUrl, token: 'user-token' });

    const failure = await rejectionOf(unwrap(client.GET('/api/v1/groups', { params: { query: { per_page: 25 } } })));

    expect(failure).toBeInstanceOf(PermissionDeniedError);
    const error = failure as PermissionDeniedError<TestmoErrorBody>;
    expect(error).toMatchObject({ status: 403, requestId: 'tm-7', url: `${server.baseUrl}/api/v1/groups?per_page=25`, attempts: 1 });
    expect(error.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'tm-7' });
    expect(error.body.message).toBe('Site admin access required.');
    expect(String(error)).toBe(`PermissionDeniedError: GET ${server.baseUrl}/api/v1/groups?per_page=25 responded 403 (request id tm-7): Site admin access required.`);
  });

  it('an unknown group is a NotFoundError; an invalid parameter an UnprocessableEntityError', async () => {
    const invalid: TestmoErrorBody = { message: 'The given data was invalid.', errors: { page: ['The page must be at least 1.'] } };
    const server = await fakeTestmo({ fault: (request) => (request.url.includes('page=0') ? { status: 422, body: invalid } : undefined) });
    const client = createTestmoClient({ baseUrl: server.baseUrl, token: 'admin-token' });

    const missing = await rejectionOf(unwrap(client.GET('/api/v1/groups/{group_id}', { params: { path: { group_id: 99 } } })));
    const unprocessable = await rejectionOf(unwrap(client.GET('/api/v1/groups', { params: { query: { page: 0 } } })));

    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ status: 404, body: { message: 'Not found.' } });
    expect(unprocessable).toBeInstanceOf(UnprocessableEntityError);
    expect(unprocessable).toMatchObject({ status: 422, body: invalid });
  });
});

describe('the Testmo token stays out of logs, errors and the client', () => {
  it('is never shown', async () => {
    const token = 'testmo-token-that-must-not-leak';
    const server = await fakeTestmo({ token: 'another-token' });
    const logs: RequestLog[] = [];
    const client = createTestmoClient({ baseUrl: server.baseUrl, token, logger: (entry) => logs.push(entry) });

    const error = (await rejectionOf(unwrap(client.GET('/api/v1/groups')))) as Error;

    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    const shown = [JSON.stringify(logs), String(error), error.stack, JSON.stringify(error), inspect(error, { depth: 5 }), String(client), inspect(client, { depth: 5 })].join('\n');
    expect(shown).not.toContain(token);
    expect(shown).toContain('responded 401');
  });
});
