import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { jwtClaims, jwtExpiry } from '../src/jwt-claims.js';

const segment = (value: string) => Buffer.from(value).toString('base64url');
const jwt = (payload: string) => `${segment('{"alg":"RS256","typ":"JWT"}')}.${segment(payload)}.c2lnbmF0dXJl`;

describe('jwtClaims (read without verifying, to schedule refreshes)', () => {
  it.each([
    ['a passbolt-style access token', '{"iss":"https://passbolt.local","sub":"d57c10f5-639d-5160-9c81-8a0c6c4ec856","exp":1893459600}'],
    ['a payload whose base64url needs no padding', '{"a":12}'],
    ['a payload whose base64url would need one "="', '{"a":1234}'],
    ['a payload whose base64url would need two "="', '{"a":123}'],
    ['UTF-8 claims and base64url - and _ characters', '{"name":"Ada Lövelace ✓ 😀","x":"???>>>~~~"}'],
  ])('reads the same claims as jose: %s', (_name, payload) => {
    const token = jwt(payload);
    expect(jwtClaims(token)).toEqual(decodeJwt(token));
  });

  it.each([
    ['an opaque token', 'not-a-jwt'],
    ['two segments', `${segment('{}')}.${segment('{"sub":"x"}')}`],
    ['a JWE (five segments)', 'a.b.c.d.e'],
    ['a payload that is not base64url', `${segment('{}')}.e30+/=.sig`],
    ['a payload that is not JSON', jwt('sub=x')],
    ['a payload that is an array', jwt('["sub"]')],
    ['a payload that is a string', jwt('"sub"')],
    ['a payload that is not UTF-8', `${segment('{}')}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.sig`],
  ])('is undefined for %s, where jose throws too', (_name, token) => {
    expect(jwtClaims(token)).toBeUndefined();
    expect(() => decodeJwt(token)).toThrow();
  });
});

describe('jwtExpiry', () => {
  it('is exp in epoch milliseconds', () => {
    expect(jwtExpiry(jwt('{"exp":1893459600}'))).toBe(1_893_459_600_000);
  });

  it.each([
    ['no exp', '{"sub":"x"}'],
    ['a string exp', '{"exp":"1893459600"}'],
    ['a null exp', '{"exp":null}'],
  ])('is undefined with %s', (_name, payload) => {
    expect(jwtExpiry(jwt(payload))).toBeUndefined();
  });
});
