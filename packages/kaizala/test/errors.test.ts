import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitedError, createKaizalaClient, resultError, unwrap } from '../src/index.js';
import { json, recordingServer } from './support/recording-server.js';

const GROUP_ID = '853654b2-5874-462d-b709-0c4e43a7083f';

describe('Kaizala errors', () => {
  it('unwrap throws the typed error for the status, with status, headers and the parsed body', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 404, { message: 'Group not found.' }, { 'x-request-id': 'req-7' }));
    const client = createKaizalaClient({ endpointUrl: endpoint.url, accessToken: 'secret-access-token' });

    const error = await unwrap(client.GET('/v1/groups/{groupId}', { params: { path: { groupId: GROUP_ID } } })).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError<{ message?: string }>;
    expect(notFound).toMatchObject({ status: 404, method: 'GET', url: `${endpoint.url}/v1/groups/${GROUP_ID}`, requestId: 'req-7', attempts: 1 });
    expect(notFound.headers['content-type']).toBe('application/json');
    expect(notFound.body.message).toBe('Group not found.');
    expect(String(notFound)).toBe(`NotFoundError: GET ${endpoint.url}/v1/groups/${GROUP_ID} responded 404 (request id req-7): Group not found.`);
    expect(JSON.stringify(notFound)).not.toContain('secret-access-token');
  });

  it('keeps the { data, error } style, and resultError builds the same error from a result', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 400, { message: 'The request is invalid.' }));
    const client = createKaizalaClient({ endpointUrl: endpoint.url, accessToken: 'token' });

    const result = await client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Welcome' } });

    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ message: 'The request is invalid.' });
    expect(resultError(result)).toMatchObject({ name: 'BadRequestError', status: 400, method: 'POST', body: { message: 'The request is invalid.' } });
  });

  it('waits out a short Retry-After on 429 and retries the GET', async () => {
    const endpoint = await recordingServer((_request, response, index) =>
      index === 0 ? json(response, 429, { message: 'Too many requests' }, { 'retry-after': '0' }) : json(response, 200, { groups: [] }),
    );
    const client = createKaizalaClient({ endpointUrl: endpoint.url, accessToken: 'token' });

    await expect(unwrap(client.GET('/v1/groups'))).resolves.toEqual({ groups: [] });
    expect(endpoint.requests).toHaveLength(2);
  });

  it('does not retry a POST after a 429, and hands back how long Kaizala asked to wait', async () => {
    const endpoint = await recordingServer((_request, response) => json(response, 429, { message: 'Too many requests' }, { 'retry-after': '30' }));
    const client = createKaizalaClient({ endpointUrl: endpoint.url, accessToken: 'token' });

    const error = await unwrap(client.POST('/v1/groups', { body: { name: 'Ops', welcomeMessage: 'Welcome' } })).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000, attempts: 1, body: { message: 'Too many requests' } });
    expect(endpoint.requests).toHaveLength(1);
  });
});
