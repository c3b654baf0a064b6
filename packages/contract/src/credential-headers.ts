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
