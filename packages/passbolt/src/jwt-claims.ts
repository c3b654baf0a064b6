import { decodeJwt, type JWTPayload } from 'jose';

/**
 * The payload of a JWT, read without verifying it: the client only schedules refreshes with it, and the
 * server verifies every token it receives. Undefined for anything that is not a JWT.
 */
export function jwtClaims(token: string): JWTPayload | undefined {
  try {
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}

/** When the token expires (epoch ms), if it says. */
export function jwtExpiry(token: string): number | undefined {
  const exp = jwtClaims(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}
