import { afterEach, describe, expect, it, vi } from 'vitest';
import { PermissionDeniedError, createPassboltClient, isMfaRequired, resultError, unwrap, type PassboltErrorBody } from '../src/index.js';
import { GROUPS, envelope, serve } from './support/fake-passbolt.js';

describe('passbolt errors, retries and limits', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('unwrap throws the typed error with status, headers and the error envelope; a 403 is not a reason to refresh', async () => {
    let refreshes = 0;
    const server = await serve({
      'GET /groups.json': (_request, response) => envelope(response, 403, '', 'You need to login to access this location.'),
      'POST /auth/jwt/refresh.json': (_request, response) => {
        refreshes += 1;
        envelope(response, 500, '', 'unexpected refresh');
      },
    });
    const client = createPassboltClient({ baseUrl: server.origin, accessToken: 'opaque-token', refreshToken: 'refresh', userId: 'user' });

    const error = await unwrap(client.GET('/groups.json')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PermissionDeniedError);
    const denied = error as PermissionDeniedError<PassboltErrorBody>;
    expect(denied).toMatchObject({ status: 403, method: 'GET', url: `${server.origin}/groups.json?api-version=v2`, attempts: 1 });
    expect(denied.headers['content-type']).toBe('application/json');
    expect(denied.body.header).toMatchObject({ status: 'error', code: 403, message: 'You need to login to access this location.' });
    expect(String(denied)).toBe(`PermissionDeniedError: GET ${server.origin}/groups.json?api-version=v2 responded 403: You need to login to access this location.`);
    expect(refreshes).toBe(0);
  });

  it('surfaces a pending MFA step (403) with the providers the body names, typed, and does not refresh', async () => {
    let refreshes = 0;
    const mfa = { mfa_providers: ['totp', 'yubikey'], providers: { totp: 'https://passbolt.local/mfa/verify/totp.json' } };
    const server = await serve({
      'GET /groups.json': (_request, response) => envelope(response, 403, mfa, 'MFA authentication is required.'),
      'POST /auth/jwt/refresh.json': (_request, response) => {
        refreshes += 1;
        envelope(response, 500, '', 'unexpected refresh');
      },
    });
    const client = createPassboltClient({ baseUrl: server.origin, accessToken: 'opaque-token', refreshToken: 'refresh', userId: 'user' });

    const { error, response } = await client.GET('/groups.json');

    expect(response.status).toBe(403);
    expect(isMfaRequired(error?.body)).toBe(true);
    if (isMfaRequired(error?.body)) expect(error.body.mfa_providers).toEqual(['totp', 'yubikey']);
    expect(isMfaRequired('')).toBe(false);
    expect(isMfaRequired({ totp: { isValidOtp: 'This OTP is not valid.' } })).toBe(false);
    expect(refreshes).toBe(0);
  });

  it('keeps the { data, error } style, and resultError builds the same error from a result', async () => {
    const server = await serve({ 'GET /groups.json': (_request, response) => envelope(response, 400, '', 'Invalid order.') });
    const client = createPassboltClient({ baseUrl: server.origin, accessToken: 'token' });

    const result = await client.GET('/groups.json', { params: { query: { order: 'Group.name ASC' } } });

    expect(result.data).toBeUndefined();
    expect(result.error?.header.message).toBe('Invalid order.');
    expect(resultError(result)).toMatchObject({ name: 'BadRequestError', status: 400 });
  });

  it('retries a GET after a 503, not more than it may', async () => {
    const server = await serve({ 'GET /groups.json': (_request, response) => envelope(response, 503, '', 'Service Unavailable', { 'retry-after': '0' }) });
    const client = createPassboltClient({ baseUrl: server.origin, accessToken: 'token', retry: { maxRetries: 1 } });

    const error = await unwrap(client.GET('/groups.json')).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'ServerError', status: 503, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('has no rate limit unless given one (passbolt publishes none)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let sent = 0;
    const fetch = async () => {
      sent += 1;
      return new Response(JSON.stringify(GROUPS), { headers: { 'content-type': 'application/json' } });
    };
    const unlimited = createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'token', fetch });
    const limited = createPassboltClient({ baseUrl: 'https://passbolt.local', accessToken: 'token', fetch, rateLimit: { maxRequests: 1, intervalMs: 1_000 } });

    const calls = [...Array.from({ length: 300 }, () => unlimited.GET('/groups.json')), limited.GET('/groups.json'), limited.GET('/groups.json')];
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toBe(301);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toBe(302);
    await Promise.all(calls);
  });
});
