// Secrets never reach a report or a log line: header values are never printed, and values whose name looks
// like a credential (in URLs and in bodies) are replaced before anything is formatted.

const SECRET_NAME = /auth|token|secret|passw(or)?d|cookie|session|api[-_]?key|signature|credential|private[-_]?key/i;
export const REDACTED = '[redacted]';

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The URL without user info, with the values of secret-looking (or `isSecretKey`) query parameters replaced. */
export function redactUrl(url: string | URL, isSecretKey: (key: string) => boolean = isSecretName): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, '//');
  }
  parsed.username = '';
  parsed.password = '';
  for (const key of [...new Set(parsed.searchParams.keys())]) {
    if (isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/**
 * A path with its query string for reports, decoded so bracketed names read as written
 * (`/groups.json?filter[has-users][0]=...`), secret-looking (or `isSecretKey`) query values replaced.
 */
export function redactPathAndQuery(pathAndQuery: string, isSecretKey: (key: string) => boolean = isSecretName): string {
  const url = new URL(pathAndQuery, 'http://placeholder.invalid');
  const query = [...url.searchParams.entries()].map(([key, value]) => `${key}=${isSecretKey(key) ? REDACTED : value}`).join('&');
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** redactPathAndQuery for a URL already parsed. */
export function redactParsedPathAndQuery(url: URL, isSecretKey: (key: string) => boolean = isSecretName): string {
  if (!url.search) return url.pathname;
  let query = '';
  for (const [key, value] of url.searchParams) query += `${query ? '&' : ''}${key}=${isSecretKey(key) ? REDACTED : value}`;
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** A copy of `value` in which every property with a secret-looking name holds REDACTED. */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isSecretName(key) ? REDACTED : redactValue(inner)]));
  }
  return value;
}

/** Whether a JSON pointer passes through a property whose name looks like a credential. */
export function pointerIsSecret(pointer: string): boolean {
  return pointer.split('/').some((segment) => isSecretName(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
