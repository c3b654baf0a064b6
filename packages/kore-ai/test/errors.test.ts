import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  createKoreAiClient,
  PermissionDeniedError,
  RateLimitedError,
  resultError,
  unwrap,
  type KoreAiErrorBody,
  type RequestLog,
} from '../src/index.js';
import { emptyPage, fakeKoreAi } from './support/fake-kore-ai.js';

const noScope: KoreAiErrorBody = { errors: [{ msg: 'App does not have the required scope', code: 403 }] };
const rateLimited: KoreAiErrorBody = { errors: [{ msg: 'Rate limit for this API has been reached. Please try again later', code: 429 }] };

describe('Kore.ai errors through unwrap', () => {
  it('a 403 is a PermissionDeniedError with status, headers, request id and the typed envelope', async () => {
    const server = await fakeKoreAi({ reply: () => ({ status: 403, body: noScope, headers: { 'x-request-id': 'req-42' } }) });
    const client = createKoreAiClient({ baseUrl: server.baseUrl, jwt: 'a.b.c', rateLimit: false });

    const failure = await unwrap(client.GET('/groups', { params: { query: { limit: 2 } } })).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PermissionDeniedError);
    const error = failure as PermissionDeniedError<KoreAiErrorBody>;
    expect(error).toMatchObject({ status: 403, method: 'GET', url: `${server.baseUrl}/groups?limit=2`, requestId: 'req-42', attempts: 1 });
    expect(error.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'req-42' });
    expect(error.body.errors[0]?.msg).toBe('App does not have the required scope');
    expect(String(error)).toBe(`PermissionDeniedError: GET ${server.baseUrl}/groups?limit=2 responded 403 (request id req-42): App does not have the required scope`);
  });

  it('a 400 is a BadRequestError; resultError builds the same from a { data, error } result', async () => {
    const invalid: KoreAiErrorBody = { errors: [{ msg: 'limit must be at most 50', code: 400 }] };
    const server = await fakeKoreAi({ reply: () => ({ status: 400, body: invalid }) });
    const client = createKoreAiClient({ baseUrl: server.baseUrl, jwt: 'a.b.c', rateLimit: false });

    const result = await client.GET('/groups', { params: { query: { limit: 51 } } });

    expect(result.error).toEqual(invalid);
    const error = resultError(result);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body).toEqual(invalid);
    expect(error.message).toMatch(/responded 400: limit must be at most 50$/);
  });

  it('retries a 429 that says when (Retry-After), and with retry: false returns it as a RateLimitedError at once', async () => {
    const server = await fakeKoreAi({
      reply: (_request, index) => (index === 0 ? { status: 429, body: rateLimited, headers: { 'retry-after': '0' } } : { status: 200, body: emptyPage }),
    });
    const retrying = createKoreAiClient({ baseUrl: server.baseUrl, jwt: 'a.b.c', rateLimit: false });
    expect(await unwrap(retrying.GET('/groups'))).toEqual(emptyPage);
    expect(server.requests).toHaveLength(2);

    const limited = await fakeKoreAi({ reply: () => ({ status: 429, body: rateLimited, headers: { 'retry-after': '30' } }) });
    const once = createKoreAiClient({ baseUrl: limited.baseUrl, jwt: 'a.b.c', rateLimit: false, retry: false });
    const failure = await unwrap(once.GET('/groups')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitedError);
    expect(failure).toMatchObject({ status: 429, retryAfterMs: 30_000, attempts: 1, body: rateLimited });
    expect(limited.requests).toHaveLength(1);
  });
});

describe('Kore.ai secrets stay out of logs, errors and the client', () => {
  it('never shows the client secret or a JWT', async () => {
    const secret = 'client-secret-that-must-not-leak';
    const server = await fakeKoreAi({ clientSecret: 'another-secret' });
    const logs: RequestLog[] = [];
    const client = createKoreAiClient({ baseUrl: server.baseUrl, clientId: 'cs-app', clientSecret: secret, rateLimit: false, logger: (entry) => logs.push(entry) });

    const error = (await unwrap(client.GET('/groups')).then(() => undefined, (failure: unknown) => failure)) as Error;

    const jwts = server.requests.map((request) => String(request.headers.auth));
    expect(jwts).toHaveLength(2);
    expect(logs).toHaveLength(2);
    const shown = [JSON.stringify(logs), String(error), error.stack, JSON.stringify(error), inspect(error, { depth: 5 }), String(client), inspect(client, { depth: 5 })].join('\n');
    for (const hidden of [secret, ...jwts]) expect(shown).not.toContain(hidden);
    expect(shown).toContain('responded 401');
  });

  it('never shows a ready JWT', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJhcHBJZCI6ImNzLWFwcCJ9.c2lnbmF0dXJl';
    const server = await fakeKoreAi({ reply: () => ({ status: 403, body: noScope }) });
    const logs: RequestLog[] = [];
    const client = createKoreAiClient({ baseUrl: server.baseUrl, jwt, rateLimit: false, logger: (entry) => logs.push(entry) });

    const error = (await unwrap(client.GET('/groups')).then(() => undefined, (failure: unknown) => failure)) as Error;

    const shown = [JSON.stringify(logs), String(error), JSON.stringify(error), inspect(error, { depth: 5 }), String(client), inspect(client, { depth: 5 })].join('\n');
    expect(shown).not.toContain(jwt);
    expect(server.requests[0]?.headers.auth).toBe(jwt);
  });
});
