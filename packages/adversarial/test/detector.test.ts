import { describe, expect, it } from 'vitest';
import { OTHER_HOST, otherOrigin } from './support/other-origin.js';
import { formsOf, secretsIn } from './support/secrets.js';

// The control cases of the suite: if the recorder or the search missed a secret, every "no leak" would pass.
describe('the leak detector', () => {
  it(`records the raw bytes of a request to ${OTHER_HOST} and finds a secret in every form it travels in`, async () => {
    const other = await otherOrigin();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJhcHBJZCI6ImNzLTEifQ.c2lnbmF0dXJlLW9mLXRoZS1qd3Q';

    await fetch(`${other.origin}/x?token=${encodeURIComponent('query secret/1')}`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('user:basic-secret').toString('base64')}`, auth: jwt },
      body: JSON.stringify({ refresh_token: 'body-secret"1' }),
    });

    expect(other.origin.startsWith(`http://${OTHER_HOST}:`)).toBe(true);
    expect(other.connections).toHaveLength(1);
    const secrets = { query: 'query secret/1', basic: 'user:basic-secret', jwtSignature: 'x.y.c2lnbmF0dXJlLW9mLXRoZS1qd3Q', body: 'body-secret"1', absent: 'never-sent-secret' };
    expect(secretsIn(other.raw(), secrets)).toEqual(['query', 'basic', 'jwtSignature', 'body']);
  });

  it('searches every form of a secret, and ignores forms too short to mean anything', () => {
    expect(formsOf('a.b.c')).toEqual([]);
    expect(formsOf('s3cret value')).toEqual(expect.arrayContaining(['s3cret value', 's3cret%20value', 'czNjcmV0IHZhbHVl']));
  });
});
