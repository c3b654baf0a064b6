import { createKaizalaClient } from '@group-apis/kaizala';
import { createPassboltClient } from '@group-apis/passbolt';
import { describe, expect, it } from 'vitest';
import { hostileApi, redirect } from './support/hostile-api.js';
import { otherOrigin } from './support/other-origin.js';
import { secretsIn } from './support/secrets.js';
import { rejectionOf, serialisations } from './support/serialise.js';

const STATUSES = [301, 302, 303, 307, 308] as const;

function expiredJwt(): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ sub: 'd57c10f5-639d-5160-9c81-8a0c6c4ec856', exp: 1 })}.${Buffer.from('expired-access-signature').toString('base64url')}`;
}

const ENDPOINTS = [
  {
    name: 'Kaizala token exchange',
    async run(status: number, otherUrl: string) {
      const secrets = { applicationSecret: 'kaizala-app-secret-c4f8', refreshToken: 'kaizala-refresh-token-a7b3' };
      const tokenService = await hostileApi((request, response) => redirect(response, status, `${otherUrl}${request.url}`));
      const client = createKaizalaClient({ applicationId: 'kaizala-app-id-1', ...secrets, tokenServiceUrl: `${tokenService.origin}/v1`, retry: false, rateLimit: false });
      return { secrets, error: await rejectionOf(client.GET('/v1/groups')) };
    },
  },
  {
    name: 'Passbolt refresh',
    async run(status: number, otherUrl: string) {
      const accessToken = expiredJwt();
      const secrets = { refreshToken: 'f1b7a8c2-passbolt-refresh-4d6e', accessToken };
      const api = await hostileApi((request, response) => request.url.startsWith('/auth/') && redirect(response, status, `${otherUrl}${request.url}`));
      const client = createPassboltClient({ baseUrl: api.origin, accessToken, refreshToken: secrets.refreshToken, retry: false });
      return { secrets, error: await rejectionOf(client.GET('/groups.json')) };
    },
  },
];

const matrix = ENDPOINTS.flatMap((endpoint) => STATUSES.map((status) => [endpoint.name, status, endpoint] as const));

// Token endpoints are the vendor packages' (and should follow no redirect at all); core's origin rule alone
// already keeps their secrets from the other origin, which is what this checks, however they answer.
describe(`a token endpoint redirected to another origin: ${ENDPOINTS.length} endpoints × ${STATUSES.length} statuses = ${matrix.length} combinations`, () => {
  it.each(matrix)('%s, %i: the other origin gets no secret, and the error holds none', async (_name, status, endpoint) => {
    const other = await otherOrigin();

    const { secrets, error } = await endpoint.run(status, other.origin);

    expect(secretsIn(other.raw(), secrets)).toEqual([]);
    for (const text of Object.values(serialisations(error))) expect(secretsIn(text, secrets)).toEqual([]);
  });
});
