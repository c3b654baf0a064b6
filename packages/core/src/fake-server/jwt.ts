import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtParts {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

function json(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The header, claims and signature of a compact JWS, or undefined when it is not one. Nothing is verified. */
export function decodeJwtParts(token: string): JwtParts | undefined {
  const segments = token.split('.');
  if (segments.length !== 3 || token.length > 16_384) return undefined;
  const [head = '', payload = '', signature = ''] = segments;
  const header = json(head);
  const claims = json(payload);
  if (!header || !claims) return undefined;
  return { header, claims, signingInput: `${head}.${payload}`, signature: Buffer.from(signature, 'base64url') };
}

/** A compact HS256 JWS over `claims`. */
export function signHs256(claims: Readonly<Record<string, unknown>>, secret: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** The claims of an HS256 JWT signed with `secret` (alg checked, signature compared in constant time), else undefined. Expiry is the caller's. */
export function verifyHs256(token: string, secret: string): Record<string, unknown> | undefined {
  const parts = decodeJwtParts(token);
  if (!parts || parts.header.alg !== 'HS256') return undefined;
  const expected = createHmac('sha256', secret).update(parts.signingInput).digest();
  return expected.length === parts.signature.length && timingSafeEqual(expected, parts.signature) ? parts.claims : undefined;
}
