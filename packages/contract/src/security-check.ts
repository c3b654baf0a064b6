import type { SecurityRequirement, SecuritySchemeObject } from '@group-apis/spec';
import type { RequestParts } from './recorded-exchange.js';
import type { Violation } from './violation.js';

// Whether a request carries the credentials one of its operation's security requirements asks for. Only
// where credentials were looked for, and which scheme an Authorization header names, ever reach a report:
// never a credential's value.

// The IANA registry's HTTP authentication schemes: a report may name one of these, never other header text.
const REGISTERED_SCHEMES = ['Basic', 'Bearer', 'Concealed', 'Digest', 'DPoP', 'GNAP', 'HOBA', 'Mutual', 'Negotiate', 'OAuth', 'PrivateToken', 'SCRAM-SHA-1', 'SCRAM-SHA-256', 'vapid'];
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

interface Authorization {
  scheme: string;
  credentials: string;
}

function parseAuthorization(value: string | undefined): Authorization | undefined {
  const match = /^\s*(\S+)(?:\s+(.*?))?\s*$/.exec(value ?? '');
  return match ? { scheme: match[1]!, credentials: match[2] ?? '' } : undefined;
}

/** Whether `authorization` holds well-formed credentials of the HTTP scheme `scheme` ("bearer", "basic", ...). */
function hasHttpCredentials(scheme: string, authorization: Authorization | undefined): boolean {
  if (!authorization || authorization.scheme.toLowerCase() !== scheme.toLowerCase() || !authorization.credentials) return false;
  const { credentials } = authorization;
  if (scheme.toLowerCase() === 'bearer') return TOKEN68.test(credentials);
  if (scheme.toLowerCase() === 'basic') return BASE64.test(credentials) && Buffer.from(credentials, 'base64').toString('utf8').includes(':');
  return true;
}

function apiKeyValue(scheme: SecuritySchemeObject, request: RequestParts): string | undefined {
  const name = scheme.name ?? '';
  if (scheme.in === 'header') return request.headers[name.toLowerCase()];
  if (scheme.in === 'query') return request.url.searchParams.get(name) ?? undefined;
  if (scheme.in === 'cookie') return request.cookies.get(name);
  return undefined;
}

/** The HTTP scheme a scheme object sends in the Authorization header, if it uses that header. */
function httpScheme(scheme: SecuritySchemeObject): string | undefined {
  if (scheme.type === 'http') return scheme.scheme;
  // OAuth 2 and OpenID Connect access tokens travel as bearer tokens (RFC 6750).
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'bearer';
  return undefined;
}

function isSatisfied(scheme: SecuritySchemeObject | undefined, request: RequestParts): boolean {
  // A scheme the spec does not define, or one traffic cannot show (mutualTLS), is not the request's fault.
  if (!scheme) return true;
  if (scheme.type === 'apiKey') return !!apiKeyValue(scheme, request)?.trim();
  const http = httpScheme(scheme);
  return http === undefined || hasHttpCredentials(http, parseAuthorization(request.headers.authorization));
}

function apiKeyPlace(scheme: SecuritySchemeObject): string {
  return `${scheme.in === 'query' ? 'query parameter' : scheme.in} ${scheme.name}`;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function describeScheme(name: string, scheme: SecuritySchemeObject | undefined): string {
  if (!scheme) return name;
  if (scheme.type === 'apiKey') return `${apiKeyPlace(scheme)} (${name})`;
  const http = httpScheme(scheme);
  return http ? `Authorization: ${capitalized(http)} (${name})` : `${scheme.type} (${name})`;
}

function describeAuthorization(value: string): string {
  const authorization = parseAuthorization(value);
  if (!authorization) return 'an empty Authorization header';
  const registered = REGISTERED_SCHEMES.find((scheme) => scheme.toLowerCase() === authorization.scheme.toLowerCase());
  if (!authorization.credentials) return registered ? `Authorization: ${registered} without credentials` : 'an Authorization header without a scheme';
  if (!registered) return 'an Authorization header of an unregistered scheme';
  return hasHttpCredentials(registered, authorization) ? `Authorization: ${registered}` : `a malformed Authorization: ${registered}`;
}

/** Where the request does carry something credential-like, for the "got" half of the message. */
function foundCredentials(schemes: SecuritySchemeObject[], request: RequestParts): string[] {
  const found: string[] = [];
  if (request.headers.authorization !== undefined) found.push(describeAuthorization(request.headers.authorization));
  for (const scheme of schemes) {
    if (scheme.type !== 'apiKey' || (scheme.in === 'header' && scheme.name?.toLowerCase() === 'authorization')) continue;
    const value = apiKeyValue(scheme, request);
    if (value !== undefined) found.push(value.trim() ? apiKeyPlace(scheme) : `an empty ${apiKeyPlace(scheme)}`);
  }
  return [...new Set(found)];
}

/**
 * A violation when the request satisfies none of the security requirement alternatives (an empty one, `{}`,
 * makes credentials optional); every scheme of an alternative must be satisfied.
 */
export function securityViolations(schemes: Record<string, SecuritySchemeObject>, requirements: SecurityRequirement[], request: RequestParts): Violation[] {
  if (requirements.length === 0) return [];
  if (requirements.some((requirement) => Object.keys(requirement).every((name) => isSatisfied(schemes[name], request)))) return [];
  const expected = requirements.map((requirement) => Object.keys(requirement).map((name) => describeScheme(name, schemes[name])).join(' + ')).join(' or ');
  const used = requirements.flatMap((requirement) => Object.keys(requirement).flatMap((name) => schemes[name] ?? []));
  const found = foundCredentials(used, request);
  return [{ kind: 'security', location: 'request credentials', pointer: '', message: `expected ${expected}, got ${found.length > 0 ? found.join(', ') : 'none'}` }];
}
