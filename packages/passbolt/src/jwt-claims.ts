/** The registered claims the client reads, and whatever else the token carries. */
export interface JwtClaims {
  readonly exp?: unknown;
  readonly sub?: unknown;
  readonly [claim: string]: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function base64urlDecode(segment: string): Uint8Array {
  if (!/^[\w-]*$/.test(segment)) throw new SyntaxError('not base64url');
  return Uint8Array.from(atob(segment.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
}

/**
 * The payload of a compact JWS, read without verifying it: the client only schedules refreshes with it, and
 * the server verifies every token it receives. Undefined for anything that is not a JWT with an object payload.
 */
export function jwtClaims(token: string): JwtClaims | undefined {
  const segments = token.split('.');
  if (segments.length !== 3) return undefined;
  try {
    const claims: unknown = JSON.parse(utf8.decode(base64urlDecode(segments[1] ?? '')));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as JwtClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** When the token expires (epoch ms), if it says. */
export function jwtExpiry(token: string): number | undefined {
  const exp = jwtClaims(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}
