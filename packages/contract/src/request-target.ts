/** A request target split for forwarding: the path and the query exactly as the client sent them. */
export interface RequestTarget {
  /** "/groups/e-1", still percent-encoded as received. */
  path: string;
  /** "?limit=2&q=a?b=c" byte for byte (everything from the first "?"), or "". */
  query: string;
}

// Once decoded, a segment must not be a dot segment or smuggle a separator; decoded twice, neither.
const SMUGGLED = /%(2e|2f|5c)/i;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Splits a request target (`req.url`) for forwarding under an upstream's base path, or says why it cannot be
 * forwarded: anything that could resolve outside the base path (`/../`, `%2e%2e`, an encoded `/` or `\`, a
 * double-encoded one) or that is not origin-form (`http://other/`, `*`). Nothing is normalised: what is
 * forwarded is what the client sent, so what the upstream sees is what is checked.
 */
export function parseRequestTarget(target: string): RequestTarget | { refused: string } {
  if (!target.startsWith('/') || target.startsWith('//')) return { refused: 'the request target must be a path starting with a single "/"' };
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const query = mark === -1 ? '' : target.slice(mark);
  if (path.includes('\\')) return { refused: 'the path contains a backslash' };
  for (const segment of path.split('/').slice(1)) {
    const decoded = decodeSegment(segment);
    if (decoded === undefined) return { refused: 'the path has a malformed percent-encoding' };
    if (decoded === '.' || decoded === '..') return { refused: 'the path has a dot segment ("." or "..") that would leave the upstream\'s base path' };
    if (decoded.includes('/') || decoded.includes('\\')) return { refused: 'the path has an encoded "/" or "\\" in a segment' };
    if (SMUGGLED.test(decoded)) return { refused: 'the path has a double-encoded ".", "/" or "\\"' };
  }
  return { path, query };
}
