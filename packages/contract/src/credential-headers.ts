import { UsageError } from './errors.js';

/** The environment variable that holds extra request headers, one `Name: value` per line. */
export const HEADERS_ENV = 'CONTRACT_HEADERS';

function parseHeaderLine(line: string, origin: string): [string, string] {
  const colon = line.indexOf(':');
  const name = colon > 0 ? line.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    // The value may be a secret: name only the origin, never echo the line.
    throw new UsageError(`${origin}: expected "Name: value"`);
  }
  return [name.toLowerCase(), line.slice(colon + 1).trim()];
}

/**
 * Request headers from `--header` options and from CONTRACT_HEADERS (newline-separated `Name: value`),
 * names lower-cased. A `--header` wins over the environment for the same name.
 */
export function collectHeaders(options: string[] = [], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const headers: Record<string, string> = {};
  const fromEnv = env[HEADERS_ENV] ?? '';
  fromEnv.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const [name, value] = parseHeaderLine(line, `${HEADERS_ENV} line ${index + 1}`);
    headers[name] = value;
  });
  options.forEach((option, index) => {
    const [name, value] = parseHeaderLine(option, `--header #${index + 1}`);
    headers[name] = value;
  });
  return headers;
}

/**
 * Headers for a proxy serving several APIs: each `--header` (and CONTRACT_HEADERS line) names the API it is
 * for, `<api>=Name: value`, so one API's credential is never sent to another's upstream. A line without an
 * API, or naming one that is not served, is refused (its origin named, never its value).
 */
export function collectScopedHeaders(options: string[], env: NodeJS.ProcessEnv, apis: string[]): Map<string, Record<string, string>> {
  const scoped = new Map<string, Record<string, string>>(apis.map((api) => [api, {}]));
  const take = (line: string, origin: string) => {
    const found = /^([^=:\s]+)=(.*)$/s.exec(line);
    if (!found || !scoped.has(found[1]!)) throw new UsageError(`${origin}: with several APIs, say which one a header is for: "<api>=Name: value" (APIs: ${apis.join(', ')})`);
    const [name, value] = parseHeaderLine(found[2]!, origin);
    scoped.get(found[1]!)![name] = value;
  };
  (env[HEADERS_ENV] ?? '').split(/\r?\n/).forEach((line, index) => {
    if (line.trim()) take(line, `${HEADERS_ENV} line ${index + 1}`);
  });
  options.forEach((option, index) => take(option, `--header #${index + 1}`));
  return scoped;
}
