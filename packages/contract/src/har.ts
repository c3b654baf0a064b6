import { existsSync, readFileSync } from 'node:fs';
import type { Contract } from './contract.js';
import { UsageError } from './errors.js';
import { redactUrl } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import type { ContractReport } from './report/report.js';

interface HarHeader {
  name: string;
  value: string;
}

interface HarEntry {
  request?: { method?: string; url?: string; headers?: HarHeader[]; cookies?: HarHeader[]; postData?: { mimeType?: string; text?: string } };
  response?: { status?: number; headers?: HarHeader[]; content?: { mimeType?: string; text?: string; encoding?: string } };
}

export interface HarOptions {
  /** Only entries under this URL are checked, and each of them must match an operation. */
  baseUrl?: string;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `${line}:${position - before.lastIndexOf('\n')}`;
}

/** Reads a HAR file's entries. Throws a one-line UsageError when it is missing, not JSON, or not a HAR. */
export function readHarEntries(file: string): HarEntry[] {
  if (!existsSync(file)) throw new UsageError(`HAR file not found: ${file}`);
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? `${file}:${lineAndColumn(text, Number(position[1]))}` : file;
    // V8 quotes the start of the text in its message ("Unexpected token 'o', "not json..." is not valid JSON").
    const reason = message.replace(/,\s*"[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
    throw new UsageError(`${where}: HAR file is not JSON (${reason})`);
  }
  const entries = (parsed as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) throw new UsageError(`${file}: not a HAR file (no log.entries array)`);
  return entries as HarEntry[];
}

function headerMap(headers: HarHeader[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const header of headers ?? []) {
    // HTTP/2 pseudo-headers (":authority") are not headers of the request as the API sees it.
    if (typeof header?.name !== 'string' || header.name.startsWith(':')) continue;
    const name = header.name.toLowerCase();
    // HTTP/2 sends each cookie as a header of its own; joined, they read as one Cookie header.
    const separator = name === 'cookie' ? '; ' : ', ';
    map[name] = map[name] === undefined ? String(header.value) : `${map[name]}${separator}${String(header.value)}`;
  }
  return map;
}

function toExchange(entry: HarEntry, index: number, redact: (url: string | URL) => string): RecordedExchange | string {
  const request = entry.request;
  const response = entry.response;
  if (!request?.url || !request.method) return `HAR entry ${index}: no request method or URL`;
  if (!response || typeof response.status !== 'number' || response.status === 0) return `HAR entry ${index}: ${redact(request.url)} has no response (failed or blocked request)`;
  const requestHeaders = headerMap(request.headers);
  if (request.method.toUpperCase() === 'OPTIONS' && requestHeaders['access-control-request-method']) return `HAR entry ${index}: CORS preflight for ${redact(request.url)}`;
  // Some tools record cookies only in `cookies`, not as a header.
  if (requestHeaders.cookie === undefined && request.cookies?.length) requestHeaders.cookie = request.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const responseHeaders = headerMap(response.headers);
  if (!responseHeaders['content-type'] && response.content?.mimeType) responseHeaders['content-type'] = response.content.mimeType;
  if (request.postData?.mimeType && !requestHeaders['content-type']) requestHeaders['content-type'] = request.postData.mimeType;
  const content = response.content;
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    requestHeaders,
    requestBody: request.postData?.text !== undefined ? Buffer.from(request.postData.text, 'utf8') : undefined,
    status: response.status,
    responseHeaders,
    responseBody: Buffer.from(content?.text ?? '', content?.encoding === 'base64' ? 'base64' : 'utf8'),
    source: `HAR entry ${index}`,
  };
}

function underBase(url: string, base: URL): boolean {
  try {
    const parsed = new URL(url);
    const prefix = base.pathname.replace(/\/+$/, '');
    return parsed.origin === base.origin && (parsed.pathname === prefix || parsed.pathname.startsWith(`${prefix}/`) || prefix === '');
  } catch {
    return false;
  }
}

/**
 * Checks the recorded traffic of a HAR file. With a base URL, every entry under it must match an operation
 * and the rest are skipped; without one, entries whose path matches no operation are skipped.
 */
export function verifyHar(contract: Contract, file: string, options: HarOptions = {}): ContractReport {
  const base = options.baseUrl ? new URL(options.baseUrl) : undefined;
  const report: ContractReport = { api: contract.name, spec: contract.specPath, mode: 'har', target: file, exchanges: [], skipped: [], errors: [] };
  const redact = (url: string | URL) => redactUrl(url, (key) => contract.isSecretParameter('query', key));
  readHarEntries(file).forEach((entry, position) => {
    const exchange = toExchange(entry, position + 1, redact);
    if (typeof exchange === 'string') {
      report.skipped.push(exchange);
      return;
    }
    if (base && !underBase(exchange.url, base)) {
      report.skipped.push(`${exchange.source}: ${redact(exchange.url)} is outside ${redact(base)}`);
      return;
    }
    if (!base && contract.match(exchange.method, new URL(exchange.url, 'http://request.invalid').pathname).kind === 'unknown-path') {
      report.skipped.push(`${exchange.source}: ${redact(exchange.url)} matches no path in the spec`);
      return;
    }
    report.exchanges.push(contract.check(exchange));
  });
  return report;
}
