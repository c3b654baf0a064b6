import { isSecretName, REDACTED, redactUrl, redactValue } from '../redact.js';
import type { RecordedExchange } from '../recorded-exchange.js';

/** Bodies longer than this are left out of the command (it says so): a report line, not a file dump. */
export const MAX_REPRODUCED_BODY = 2_048;

// Headers curl sets itself, or that describe the recorded transfer rather than the request.
const LEFT_OUT = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'accept-encoding', 'te', 'upgrade', 'proxy-connection']);

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface ReproduceOptions {
  /** Turns the exchange's URL (possibly a path) into the absolute URL to call. */
  absoluteUrl?: (url: string) => string;
  /** Header names that carry credentials for this spec (its apiKey schemes' headers), lower-cased. */
  isSecretHeader?: (name: string) => boolean;
  /** Query parameters whose values are credentials. */
  isSecretQuery?: (name: string) => boolean;
}

function bodyArgument(exchange: RecordedExchange): string | undefined {
  const body = exchange.requestBody;
  if (!body || body.length === 0) return undefined;
  const type = (exchange.requestHeaders['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const notShown = `--data-binary @request-body  # the recorded ${type || 'untyped'} body, ${body.length} bytes, is not shown`;
  if (body.length > MAX_REPRODUCED_BODY) return notShown;
  const text = body.toString('utf8');
  // Credentials inside the body (a password field, a refresh token) are redacted like everywhere else.
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    for (const key of [...new Set(form.keys())]) if (isSecretName(key)) form.set(key, REDACTED);
    return `--data-raw ${quote(form.toString())}`;
  }
  try {
    return `--data-raw ${quote(JSON.stringify(redactValue(JSON.parse(text))))}`;
  } catch {
    // Text that is neither JSON nor a form cannot be searched for credentials by name: it is left out.
    return notShown;
  }
}

/** A curl command that sends the exchange's request again: credentials, cookies and secret query values read [redacted]. */
export function curlCommand(exchange: RecordedExchange, options: ReproduceOptions = {}): string {
  const url = options.absoluteUrl ? options.absoluteUrl(exchange.url) : exchange.url;
  const isSecretQuery = options.isSecretQuery ?? isSecretName;
  const parts = ['curl', '-X', exchange.method.toUpperCase(), quote(redactUrl(url, isSecretQuery))];
  for (const [name, value] of Object.entries(exchange.requestHeaders)) {
    const lower = name.toLowerCase();
    if (LEFT_OUT.has(lower) || lower.startsWith(':')) continue;
    const secret = lower === 'authorization' || lower === 'cookie' || isSecretName(lower) || (options.isSecretHeader?.(lower) ?? false);
    // The scheme of an Authorization header says what kind of credential to put back; only the value is hidden.
    const scheme = lower === 'authorization' ? /^(Basic|Bearer|Digest) /i.exec(value)?.[1] : undefined;
    parts.push('-H', quote(`${lower}: ${secret ? (scheme ? `${scheme} ${REDACTED}` : REDACTED) : value}`));
  }
  const body = bodyArgument(exchange);
  if (body) parts.push(body);
  return parts.join(' ');
}
