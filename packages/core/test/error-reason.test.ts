import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, MAX_REASON_LENGTH, NotFoundError, messageField, resultError, unwrap } from '../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { fakeServer, json } from './support/fake-server.js';

const reasonOf = (body: unknown) => messageField(body);

async function answering(status: number, body: unknown) {
  return fakeServer((_request, response) => json(response, status, body, { 'x-request-id': 'r-1' }));
}

describe("the vendor's reason in the error message", () => {
  it('ends the message of the typed error, after the status and request id, so String(error) keeps it', async () => {
    const server = await answering(401, { message: 'Token expired' });
    const { client } = testClient(server.origin, { retry: false, errorReason: reasonOf });

    const error = await rejectionOf(unwrap(client.GET('/groups')));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).toBe(`AuthenticationError: GET ${server.origin}/groups responded 401 (request id r-1): Token expired`);
  });

  it('is in the error resultError makes too, for callers of the { data, error } style', async () => {
    const server = await answering(404, { message: 'No such group' });
    const { client } = testClient(server.origin, { retry: false, errorReason: reasonOf });

    const error = resultError(await client.GET('/groups/{groupId}', { params: { path: { groupId: 'x' } } }));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(`GET ${server.origin}/groups/x responded 404 (request id r-1): No such group`);
  });

  it('is read from the redacted body: a secret-named field never reaches the message', async () => {
    const server = await answering(401, { token: 'sk-live-123', detail: 'bad' });
    const { client } = testClient(server.origin, { retry: false, errorReason: (body) => JSON.stringify(body) });

    const error = (await rejectionOf(unwrap(client.GET('/groups')))) as Error;

    expect(error.message).toContain('{"token":"[REDACTED]","detail":"bad"}');
    expect([error.message, error.stack, inspect(error), JSON.stringify(error)].join('\n')).not.toContain('sk-live-123');
  });

  it('is one line, cut to its maximum: a hostile server can neither forge log lines nor flood them', async () => {
    const server = await answering(400, { message: `first\nERROR forged line\r\t${'x'.repeat(10_000)}` });
    const { client } = testClient(server.origin, { retry: false, errorReason: reasonOf });

    const error = (await rejectionOf(unwrap(client.GET('/groups')))) as Error;
    const reason = error.message.split('(request id r-1): ')[1] ?? '';

    expect(error.message).not.toMatch(/[\n\r\t]/);
    expect(reason.startsWith('first ERROR forged line x')).toBe(true);
    expect(reason).toHaveLength(MAX_REASON_LENGTH);
    expect(reason.endsWith('…')).toBe(true);
  });

  it('is left out when the body has none, the extractor throws, or the client has no extractor', async () => {
    const server = await answering(500, { unexpected: true });
    const expected = `GET ${server.origin}/groups responded 500 (request id r-1)`;

    const none = (await rejectionOf(unwrap(testClient(server.origin, { retry: false, errorReason: reasonOf }).client.GET('/groups')))) as Error;
    const throwing = (await rejectionOf(
      unwrap(testClient(server.origin, { retry: false, errorReason: () => { throw new Error('broken extractor'); } }).client.GET('/groups')),
    )) as Error;
    const without = (await rejectionOf(unwrap(testClient(server.origin, { retry: false }).client.GET('/groups')))) as Error;

    expect([none.message, throwing.message, without.message]).toEqual([expected, expected, expected]);
  });
});
