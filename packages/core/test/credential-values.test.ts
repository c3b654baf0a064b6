import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertCredential, staticAuth, unwrap } from '../src/index.js';
import { fakeServer, json } from './support/fake-server.js';
import { rejectionOf, testClient } from './support/client.js';

const SECRET = 'secret-value-1234';
const shown = (error: unknown): string => `${(error as Error).message} ${String(error)} ${inspect(error, { depth: Infinity })}`;

describe('credential values', () => {
  it.each([
    ['CR/LF', `${SECRET}\r\nx-injected: 1`],
    ['NUL', `${SECRET}\0`],
    ['beyond Latin-1', `${SECRET}\u2028`],
  ])('assertCredential refuses a value with %s, naming the option and not the value', (_what, value) => {
    let error: unknown;
    try {
      assertCredential(value, 'token');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^token cannot be sent in a header/);
    expect(shown(error)).not.toContain(SECRET);
  });

  it('assertCredential refuses an empty or non-string value and passes a good one', () => {
    expect(() => assertCredential('', 'jwt')).toThrow(new TypeError('jwt must be a non-empty string'));
    expect(() => assertCredential(undefined, 'jwt')).toThrow(new TypeError('jwt must be a non-empty string'));
    expect(() => assertCredential('eyJ.abc.def', 'jwt')).not.toThrow();
  });

  it('the headers option is checked when the client is created', () => {
    let error: unknown;
    try {
      testClient('https://api.example.com', { headers: { 'x-api-key': `${SECRET}\n` } });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toMatch(/^headers\["x-api-key"\] cannot be sent in a header/);
    expect(shown(error)).not.toContain(SECRET);
  });

  it('an auth provider value that cannot be sent fails the call naming the header, and nothing is sent', async () => {
    const server = await fakeServer(() => undefined);
    const { client } = testClient(server.origin, { auth: staticAuth({ authorization: `Bearer ${SECRET}\n` }) });

    const error = await rejectionOf(client.GET('/groups'));

    expect((error as Error).message).toMatch(/^the auth provider's "authorization" header cannot be sent/);
    expect(shown(error)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });

  it('a per-call header value that cannot be sent fails without quoting it (Headers would)', async () => {
    const server = await fakeServer(() => undefined);
    const { client } = testClient(server.origin);

    const error = await rejectionOf(client.GET('/groups', { headers: { 'x-api-key': `${SECRET}\r\nx-injected: 1` } }));

    expect(error).toBeInstanceOf(TypeError);
    expect(shown(error)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });

  it('a credential the server echoes back under any name, or in a body that is not JSON, is hidden in the error', async () => {
    const server = await fakeServer((request, response, index) => {
      if (index === 0) return json(response, 403, { detail: `token ${request.headers.authorization} may not`, key: `${request.headers['x-api-key']}` });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`not json: ${request.headers.authorization}`);
    });
    const { client } = testClient(server.origin, { auth: staticAuth({ authorization: `Bearer ${SECRET}` }), headers: { 'x-api-key': 'static-key-98765' } });

    const forbidden = await rejectionOf(unwrap(client.GET('/groups')));
    const invalid = await rejectionOf(client.GET('/groups'));

    for (const error of [forbidden, invalid]) {
      const all = `${shown(error)} ${JSON.stringify(error)}`;
      expect(all).not.toContain(SECRET);
      expect(all).not.toContain('static-key-98765');
    }
    expect(JSON.parse(JSON.stringify(forbidden)).body).toEqual({ detail: 'token [REDACTED] may not', key: '[REDACTED]' });
    // The body itself stays as received, for the caller's code.
    expect((forbidden as { body: { detail: string } }).body.detail).toContain(SECRET);
  });
});
