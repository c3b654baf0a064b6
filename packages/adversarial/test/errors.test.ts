import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { unwrap, type RequestLog } from '@group-apis/core';
import { createKaizalaClient } from '@group-apis/kaizala';
import { createKoreAiClient } from '@group-apis/kore-ai';
import { createPassboltClient } from '@group-apis/passbolt';
import { createTestmoClient } from '@group-apis/testmo';
import { describe, expect, it } from 'vitest';
import { AUTH_MODES, type RuntimeOptions } from './support/clients.js';
import { hostileApi, redirect, type HostileHandler } from './support/hostile-api.js';
import { secretsIn } from './support/secrets.js';
import { rejectionOf, serialisations } from './support/serialise.js';

const reply = (status: number, headers: Record<string, string> = {}): HostileHandler => (_request, response) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ message: `status ${status}` }));
  return true;
};
const stallBody = (response: ServerResponse): true => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"groups":[');
  return true;
};

/** Each way a call can fail, made to happen by the API host, with the expected error class. */
const ERROR_KINDS: ReadonlyArray<{ name: string; handler: HostileHandler; runtime?: RuntimeOptions; error: string | RegExp }> = [
  { name: '400', handler: reply(400), error: 'BadRequestError' },
  // Modes that can refresh do so once (Passbolt's refresh endpoint answering 401 too), then fail.
  // After a 401 a refreshing mode renews; passbolt's failed renewal is a RefreshTokenSpentError (an AuthenticationError).
  { name: '401', handler: reply(401), error: /AuthenticationError|RefreshTokenSpentError/ },
  { name: '403', handler: reply(403), error: 'PermissionDeniedError' },
  { name: '404', handler: reply(404), error: 'NotFoundError' },
  { name: '409', handler: reply(409), error: 'ConflictError' },
  { name: '422', handler: reply(422), error: 'UnprocessableEntityError' },
  { name: '429 waiting too long', handler: reply(429, { 'retry-after': '3600' }), error: 'RateLimitedError' },
  { name: '500', handler: reply(500), error: 'ServerError' },
  { name: '418 (no class of its own)', handler: reply(418), error: 'GroupApiError' },
  {
    name: 'connection reset',
    handler: (_request, response) => {
      response.socket?.destroy();
      return true;
    },
    error: 'ConnectionError',
  },
  { name: 'no answer', handler: () => true, runtime: { timeoutMs: 100 }, error: 'TimeoutError' },
  { name: 'a body that stalls', handler: (_request, response) => stallBody(response), runtime: { timeoutMs: 100 }, error: 'TimeoutError' },
  {
    name: 'a 200 that is not JSON',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('<html>upstream error</html>');
      return true;
    },
    error: 'InvalidResponseError',
  },
  { name: 'an answer over maxResponseBytes', handler: reply(200), runtime: { maxResponseBytes: 8 }, error: 'ResponseTooLargeError' },
  {
    name: 'a 403 echoing every header it received under an innocent name',
    handler: (request, response) => {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ detail: `rejected: ${Object.values(request.headers).join(' | ')}` }));
      return true;
    },
    error: 'PermissionDeniedError',
  },
  {
    name: 'a 200 that is not JSON, echoing the headers',
    handler: (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`<html>${Object.values(request.headers).join(' | ')}</html>`);
      return true;
    },
    error: 'InvalidResponseError',
  },
  { name: 'a redirect loop', handler: (request, response) => redirect(response, 307, request.url), error: 'GroupApiError' },
];

const matrix = AUTH_MODES.flatMap((mode) => ERROR_KINDS.map((kind) => [mode.name, kind.name, mode, kind] as const));

describe(`every error kind, serialised 4 ways, with its log lines: ${AUTH_MODES.length} auth modes × ${ERROR_KINDS.length} kinds = ${matrix.length} combinations`, () => {
  it.each(matrix)('%s, %s: no secret in the error or the log', async (_mode, _kind, mode, kind) => {
    const logs: RequestLog[] = [];
    const setting = await mode.setUp(kind.handler, { retry: false, logger: (entry) => logs.push(entry), ...kind.runtime });

    const error = await rejectionOf(unwrap(setting.call()));

    expect((error as Error).name).toMatch(kind.error);
    const secrets = setting.secrets;
    for (const [how, text] of Object.entries(serialisations(error))) expect(secretsIn(text, secrets), `${how}: ${text}`).toEqual([]);
    expect(logs.length).toBeGreaterThan(0);
    expect(secretsIn(JSON.stringify(logs) + inspect(logs, { depth: Infinity }), secrets)).toEqual([]);
  });
});

const CRLF = 'line-one-secret-9a\r\nx-injected: 1';
const creations: ReadonlyArray<[string, string, () => unknown]> = [
  ['Testmo', 'token', () => createTestmoClient({ baseUrl: 'https://acme.testmo.net', token: CRLF })],
  ['Kore.ai', 'jwt', () => createKoreAiClient({ jwt: CRLF })],
  ['Kaizala', 'accessToken', () => createKaizalaClient({ endpointUrl: 'https://kaizala.example', accessToken: CRLF })],
  ['Kaizala', 'applicationSecret', () => createKaizalaClient({ applicationId: 'id', applicationSecret: CRLF, refreshToken: 'r' })],
  ['Kaizala', 'refreshToken', () => createKaizalaClient({ applicationId: 'id', applicationSecret: 's', refreshToken: CRLF })],
  ['Kaizala', 'applicationId', () => createKaizalaClient({ applicationId: CRLF, applicationSecret: 's', refreshToken: 'r' })],
  ['Passbolt', 'accessToken', () => createPassboltClient({ baseUrl: 'https://passbolt.example', accessToken: CRLF })],
  ['Passbolt', 'refreshToken', () => createPassboltClient({ baseUrl: 'https://passbolt.example', accessToken: 'a.b.c', refreshToken: CRLF, userId: 'u' })],
  ['Passbolt', 'sessionId', () => createPassboltClient({ baseUrl: 'https://passbolt.example', sessionId: CRLF })],
  ['Testmo', 'headers', () => createTestmoClient({ baseUrl: 'https://acme.testmo.net', token: 't', headers: { 'x-api-key': CRLF } })],
];

describe(`a credential with CR/LF is refused when the client is created, naming the option: ${creations.length} options`, () => {
  it.each(creations)('%s %s', (_client, option, create) => {
    const error = (() => {
      try {
        create();
      } catch (caught) {
        return caught;
      }
      throw new Error('expected the client to refuse the credential');
    })();

    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(option);
    for (const text of Object.values(serialisations(error))) expect(secretsIn(text, { value: CRLF, firstLine: 'line-one-secret-9a' })).toEqual([]);
  });
});

describe('a credential that becomes unsendable at run time is never quoted', () => {
  it('a token service issuing a token with CR/LF: the exchange refuses it, naming the field, not the token', async () => {
    const issued = 'issued-token-with-newline-77\nx-evil: 1';
    const api = await hostileApi(() => undefined);
    const tokenService = await hostileApi((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ accessToken: issued, endpointUrl: api.origin, accessTokenExpiry: Date.now() + 60_000_000 }));
      return true;
    });
    const client = createKaizalaClient({ applicationId: 'id', applicationSecret: 'app-secret-1234', refreshToken: 'refresh-1234', tokenServiceUrl: tokenService.origin });

    const error = await rejectionOf(client.GET('/v1/groups'));

    expect((error as Error).message).toMatch(/accessToken returned 200 without a usable accessToken$/);
    for (const text of Object.values(serialisations(error))) expect(secretsIn(text, { issued: 'issued-token-with-newline-77' })).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it('a per-call header value with CR/LF: a TypeError that does not quote it', async () => {
    const api = await hostileApi(() => undefined);
    const client = createTestmoClient({ baseUrl: api.origin, token: 'testmo-token-1234' });

    const error = await rejectionOf(client.GET('/api/v1/groups', { headers: { 'x-api-key': 'per-call-secret-5678\r\nx: 1' } }));

    expect(error).toBeInstanceOf(TypeError);
    for (const text of Object.values(serialisations(error))) expect(secretsIn(text, { value: 'per-call-secret-5678' })).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });
});
