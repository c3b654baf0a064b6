import { SignJWT, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signHs256Jwt } from '../src/hs256-jwt.js';
import { signKoreAiJwt } from '../src/index.js';

// jose is the reference implementation here (a devDependency only): the client's own signer must produce the
// very same token, byte for byte, for any secret and claims.
async function joseHs256(claims: Record<string, unknown>, secret: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

const cases: ReadonlyArray<[string, Record<string, unknown>, string]> = [
  ['the doc-style app credentials', { appId: 'cs-5250bdc9-6bfe-5ece-92c9-ab54aa2d4285', iat: 1893456000, exp: 1893459600 }, 'Wibn3ULagYyq0J10LCndswYycHGLuIWbwHvTRSfLwhs='],
  ['a one-byte secret and claims whose base64 needs padding', { a: 1 }, 'k'],
  ['non-ASCII secret and claims (UTF-8, not Latin-1)', { appId: 'grüppe-✓-名前', note: '😀' }, 'sécret-🔑'],
  ['claims whose base64 contains + and / before url-encoding', { appId: '???>>>~~~', x: 'ÿÿÿ' }, '\u00ff\u00fe'],
];

describe('signHs256Jwt', () => {
  it.each(cases)('matches jose byte for byte: %s', async (_name, claims, secret) => {
    expect(await signHs256Jwt(claims, secret)).toBe(await joseHs256(claims, secret));
  });

  it('produces a token jose verifies with the same secret and rejects with another', async () => {
    const token = await signHs256Jwt({ appId: 'cs-1', iat: 1, exp: 4102444800 }, 'right');
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode('right'), { algorithms: ['HS256'] });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({ appId: 'cs-1', iat: 1, exp: 4102444800 });
    await expect(jwtVerify(token, new TextEncoder().encode('wrong'))).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});

describe('signKoreAiJwt', () => {
  it('signs { appId, iat, exp, jti } with the whole-second lifetime, verified by jose, and returns when it expires', async () => {
    const grant = await signKoreAiJwt({ clientId: 'cs-1', clientSecret: 'secret', jwtLifetimeMs: 90_500 }, Date.UTC(2030, 0, 1, 0, 0, 0, 999));
    const iat = Date.UTC(2030, 0, 1) / 1000;
    const { payload, protectedHeader } = await jwtVerify(grant.token, new TextEncoder().encode('secret'), { algorithms: ['HS256'], currentDate: new Date(iat * 1000) });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({ appId: 'cs-1', iat, exp: iat + 90, jti: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(grant).toEqual({ token: await joseHs256(payload, 'secret'), expiresAt: (iat + 90) * 1000 });
  });

  it('two JWTs signed in the same millisecond differ (jti), so a re-signed JWT is never the rejected one', async () => {
    const credentials = { clientId: 'cs-1', clientSecret: 'secret' };
    const [first, second] = await Promise.all([signKoreAiJwt(credentials, 1_893_456_000_000), signKoreAiJwt(credentials, 1_893_456_000_000)]);
    expect(first.token).not.toBe(second.token);
    expect(first.expiresAt).toBe(second.expiresAt);
  });
});
