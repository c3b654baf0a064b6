import { describe, expect, it } from 'vitest';
import { AUTH_MODES } from './support/clients.js';
import { redirect } from './support/hostile-api.js';
import { otherOrigin } from './support/other-origin.js';
import { secretsIn } from './support/secrets.js';

const STATUSES = [301, 302, 303, 307, 308] as const;
const matrix = AUTH_MODES.flatMap((mode) => STATUSES.map((status) => [mode.name, status, mode] as const));

describe(`an API call redirected to another origin: ${AUTH_MODES.length} auth modes × ${STATUSES.length} statuses = ${matrix.length} combinations`, () => {
  it.each(matrix)('%s, %i: the other origin gets no credential and the base URL stays', async (_name, status, mode) => {
    const other = await otherOrigin();
    const setting = await mode.setUp((request, response, index) => index === 0 && redirect(response, status, `${other.origin}${request.url}`), { retry: false });

    await setting.call();
    await setting.call();

    // The redirect was followed (so the check below is not vacuous) ...
    expect(other.connections).toHaveLength(1);
    expect(other.raw()).toMatch(/^GET \//);
    // ... the API host did receive the credential (the secrets searched for are the real ones) ...
    const { api } = setting;
    expect(api.requests[0]?.headers[mode.credentialHeader]).toBeTruthy();
    // ... and nothing of any secret reached the other origin, in any form.
    expect(secretsIn(other.raw(), setting.secrets)).toEqual([]);
    // The base URL is unchanged: the later call went to the API host, with its credential.
    expect(api.requests.map((request) => request.url)).toEqual([mode.path, mode.path]);
    expect(api.requests[1]?.headers[mode.credentialHeader]).toBe(api.requests[0]?.headers[mode.credentialHeader]);
  });
});
