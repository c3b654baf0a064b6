export const REDACTED = '[REDACTED]';

/**
 * Header, query-parameter and body-field names whose values are secrets. Compared after
 * normalising (lower case, `-` and `_` removed), so `x-api-key`, `X_API_KEY` and `xApiKey` all match.
 */
export const DEFAULT_SECRET_NAMES: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'auth',
  'accessToken',
  'refreshToken',
  'idToken',
  'token',
  'jwt',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-csrf-token',
  'client-secret',
  'secret',
  'password',
  'session',
  'session-id',
  'signature',
];

const normalize = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');

/** Removes secrets from URLs, headers and parsed bodies before they reach a log line or an error. */
export class Redactor {
  readonly #names: ReadonlySet<string>;
  /** Credential values this client sent, most recent last: a server may echo one back in an error body. */
  readonly #values: string[] = [];
  // Loggers see the same URL call after call; redacting it once saves a parse per attempt.
  #lastUrl: string | undefined;
  #lastRedactedUrl = '';

  constructor(extraSecretNames: readonly string[] = []) {
    this.#names = new Set([...DEFAULT_SECRET_NAMES, ...extraSecretNames].map(normalize));
  }

  isSecret(name: string): boolean {
    return this.#names.has(normalize(name));
  }

  /**
   * Remembers a credential value (and the token of a `Scheme token` value), so that `deep` and `text` hide it
   * wherever it shows up, under any name. The last 8 are kept; values shorter than 8 characters are not
   * searched for (they would hide ordinary words).
   */
  remember(value: string): void {
    if (this.#values.includes(value)) return;
    for (const part of [value, value.slice(value.indexOf(' ') + 1)]) {
      if (part.length >= 8 && !this.#values.includes(part)) this.#values.push(part);
    }
    if (this.#values.length > 8) this.#values.splice(0, this.#values.length - 8);
  }

  /** The text with every remembered credential value replaced. */
  text(text: string): string {
    let result = text;
    for (const value of this.#values) if (result.includes(value)) result = result.replaceAll(value, REDACTED);
    return result;
  }

  /** The URL without credentials, fragment or secret query values; never throws. */
  url(url: string | URL): string {
    if (typeof url !== 'string') return this.#redactUrl(url);
    if (url !== this.#lastUrl) {
      this.#lastRedactedUrl = this.#redactUrl(url);
      this.#lastUrl = url;
    }
    return this.#lastRedactedUrl;
  }

  #redactUrl(url: string | URL): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      const text = String(url);
      const query = text.indexOf('?');
      return query === -1 ? text : `${text.slice(0, query)}?${REDACTED}`;
    }
    const userInfo = parsed.username || parsed.password ? `${REDACTED}@` : '';
    const query = parsed.search ? `?${this.#query(parsed.search.slice(1))}` : '';
    return `${parsed.protocol}//${userInfo}${parsed.host}${parsed.pathname}${query}`;
  }

  headers(headers: Headers | Readonly<Record<string, string>>): Record<string, string> {
    const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
    const redacted: Record<string, string> = {};
    for (const [name, value] of entries) redacted[name] = this.isSecret(name) ? REDACTED : value;
    return redacted;
  }

  /** A copy of a parsed body with the values of secret-named fields, and remembered credential values, replaced, at any depth. */
  deep(value: unknown): unknown {
    return this.#deep(value, new WeakSet());
  }

  #deep(value: unknown, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    if (Array.isArray(value)) return value.map((item) => this.#deep(item, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = this.isSecret(key) ? REDACTED : this.#deep(item, seen);
    }
    return copy;
  }

  #query(query: string): string {
    return query
      .split('&')
      .map((pair) => {
        const equals = pair.indexOf('=');
        const rawName = equals === -1 ? pair : pair.slice(0, equals);
        return this.isSecret(safeDecode(rawName)) ? `${rawName}=${REDACTED}` : pair;
      })
      .join('&');
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export const defaultRedactor = new Redactor();
