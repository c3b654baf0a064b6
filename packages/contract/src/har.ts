import type { Contract } from './contract.js';
import { redactUrl } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { ReportBuilder, type ContractReport } from './report/report.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './size-limit.js';
import { readHarEntries, type HarEntry, type HarHeader } from './traffic/har-reader.js';
import { readNdjson, type NdjsonExchange } from './traffic/ndjson-reader.js';

export { readHarEntries } from './traffic/har-reader.js';

export interface HarOptions {
  /** Only entries under this URL are checked, and each of them must match an operation. */
  baseUrl?: string;
  /** Entries whose response body is larger are not checked (listed under skipped). Default DEFAULT_MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
}

function headerMap(headers: HarHeader[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  if (!Array.isArray(headers)) return map;
  for (const header of headers) {
    // HTTP/2 pseudo-headers (":authority") are not headers of the request as the API sees it.
    if (typeof header?.name !== 'string' || header.name.startsWith(':')) continue;
    const name = header.name.toLowerCase();
    // HTTP/2 sends each cookie as a header of its own; joined, they read as one Cookie header.
    const separator = name === 'cookie' ? '; ' : ', ';
    map[name] = map[name] === undefined ? String(header.value) : `${map[name]}${separator}${String(header.value)}`;
  }
  return map;
}

function flatHeaders(headers: Record<string, string | string[]> | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return map;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    map[lower] = Array.isArray(value) ? value.map(String).join(lower === 'cookie' ? '; ' : ', ') : String(value);
  }
  return map;
}

function bodyOf(value: unknown, encoding: string | undefined): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return Buffer.from(value, encoding === 'base64' ? 'base64' : 'utf8');
  // A JSON body the log already holds parsed.
  return Buffer.from(JSON.stringify(value));
}

/** The exchange of a HAR entry, or why it is not checked. */
function harExchange(entry: HarEntry, source: string, redact: (url: string | URL) => string): RecordedExchange | string {
  const request = entry.request;
  const response = entry.response;
  if (typeof request?.url !== 'string' || typeof request.method !== 'string') return `${source}: no request method or URL`;
  if (!response || typeof response.status !== 'number' || response.status === 0) return `${source}: ${redact(request.url)} has no response (failed or blocked request)`;
  const requestHeaders = headerMap(request.headers);
  if (request.method.toUpperCase() === 'OPTIONS' && requestHeaders['access-control-request-method']) return `${source}: CORS preflight for ${redact(request.url)}`;
  // Some tools record cookies only in `cookies`, not as a header.
  if (requestHeaders.cookie === undefined && Array.isArray(request.cookies) && request.cookies.length) requestHeaders.cookie = request.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const responseHeaders = headerMap(response.headers);
  if (!responseHeaders['content-type'] && response.content?.mimeType) responseHeaders['content-type'] = response.content.mimeType;
  if (request.postData?.mimeType && !requestHeaders['content-type']) requestHeaders['content-type'] = request.postData.mimeType;
  const content = response.content;
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    requestHeaders,
    requestBody: typeof request.postData?.text === 'string' ? Buffer.from(request.postData.text, 'utf8') : undefined,
    status: response.status,
    responseHeaders,
    responseBody: bodyOf(content?.text ?? '', content?.encoding) ?? Buffer.alloc(0),
    source,
  };
}

function ndjsonExchange(line: NdjsonExchange, source: string): RecordedExchange | string {
  if (typeof line.method !== 'string' || typeof line.url !== 'string') return `${source}: no method or url`;
  if (typeof line.status !== 'number' || line.status === 0) return `${source}: no response status`;
  return {
    method: line.method.toUpperCase(),
    url: line.url,
    requestHeaders: flatHeaders(line.requestHeaders),
    requestBody: bodyOf(line.requestBody, line.requestBodyEncoding),
    status: line.status,
    responseHeaders: flatHeaders(line.responseHeaders),
    responseBody: bodyOf(line.responseBody, line.responseBodyEncoding) ?? Buffer.alloc(0),
    source,
  };
}

/** The largest entry read: room for a base64 body of the largest response read, and its request. */
function entryLimit(options: HarOptions): number {
  return 4 * (options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
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

/** Checks recorded exchanges one at a time, keeping only the report's aggregates. */
async function checkRecorded(contract: Contract, exchanges: AsyncIterable<RecordedExchange | string>, report: ReportBuilder, options: HarOptions): Promise<ContractReport> {
  const base = options.baseUrl ? new URL(options.baseUrl) : undefined;
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const redact = (url: string | URL) => redactUrl(url, (key) => contract.isSecretParameter('query', key));
  for await (const exchange of exchanges) {
    if (typeof exchange === 'string') {
      report.skip(exchange);
      continue;
    }
    if (base && !underBase(exchange.url, base)) {
      report.skip(`${exchange.source}: ${redact(exchange.url)} is outside ${redact(base)}`);
      continue;
    }
    if (!base && contract.match(exchange.method, new URL(exchange.url, 'http://request.invalid').pathname).kind === 'unknown-path') {
      report.skip(`${exchange.source}: ${redact(exchange.url)} matches no path in the spec`);
      continue;
    }
    if (exchange.responseBody.length > limit) {
      report.skip(`${exchange.source}: ${redact(exchange.url)} has a response body of ${exchange.responseBody.length} bytes, over the ${limit}-byte limit (--max-response-bytes)`);
      continue;
    }
    report.add(contract.check(exchange), contract.details(exchange));
  }
  return report.report;
}

/**
 * Checks the recorded traffic of a HAR file, read as a stream (one entry in memory at a time). With a base
 * URL, every entry under it must match an operation and the rest are skipped; without one, entries whose
 * path matches no operation are skipped. Throws a UsageError when the file is missing, truncated or not a HAR.
 */
export async function verifyHar(contract: Contract, file: string, options: HarOptions = {}): Promise<ContractReport> {
  const report = new ReportBuilder({ api: contract.name, spec: contract.specPath, mode: 'har', target: file });
  const redact = (url: string | URL) => redactUrl(url, (key) => contract.isSecretParameter('query', key));
  async function* exchanges(): AsyncGenerator<RecordedExchange | string> {
    let index = 0;
    for await (const entry of readHarEntries(file, { maxEntryChars: entryLimit(options) })) {
      index += 1;
      yield entry && typeof entry === 'object' ? harExchange(entry, `HAR entry ${index}`, redact) : `HAR entry ${index}: not an object`;
    }
  }
  return checkRecorded(contract, exchanges(), report, options);
}

/** Checks an NDJSON exchange log (see NdjsonExchange for the line format), one line in memory at a time. */
export async function verifyNdjson(contract: Contract, file: string, options: HarOptions = {}): Promise<ContractReport> {
  const report = new ReportBuilder({ api: contract.name, spec: contract.specPath, mode: 'ndjson', target: file });
  const redact = (url: string | URL) => redactUrl(url, (key) => contract.isSecretParameter('query', key));
  async function* exchanges(): AsyncGenerator<RecordedExchange | string> {
    for await (const { line, value } of readNdjson(file, process.stdin, { maxEntryChars: entryLimit(options) })) {
      const source = `line ${line}`;
      yield 'request' in value || 'response' in value ? harExchange(value as HarEntry, source, redact) : ndjsonExchange(value as NdjsonExchange, source);
    }
  }
  return checkRecorded(contract, exchanges(), report, options);
}

