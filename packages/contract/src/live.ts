import { type Contract } from './contract.js';
import { UsageError } from './errors.js';
import { exampleRequests, type ExampleRequest } from './example-requests.js';
import { SAFE_METHODS, operationLabel, type Operation } from '@group-apis/spec';
import { redactUrl } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { ReportBuilder, type ContractReport } from './report/report.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readResponseLimited, ResponseTooLargeError } from './size-limit.js';
import { fillPath, joinUrl, serializeCookies, serializeQuery } from './serialize-request.js';
import type { ExchangeResult } from './violation.js';

export interface LiveOptions {
  /** The upstream's base URL: what the spec's `servers` URL resolves to (`https://bots.kore.ai/api/public`). */
  baseUrl: string;
  /** Credentials and other headers to send with every request (never printed). */
  headers?: Record<string, string>;
  /** Also replay examples of operations that change data (POST, PUT, PATCH, DELETE). */
  allowWrites?: boolean;
  timeoutMs?: number;
  /** Larger response bodies are not read: the exchange is an error. Default DEFAULT_MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
}

function acceptHeader(operation: Operation): string {
  const types = new Set<string>();
  for (const response of Object.values(operation.object.responses ?? {})) for (const type of Object.keys(response.content ?? {})) types.add(type);
  return types.size > 0 ? [...types].join(', ') : '*/*';
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function send(operation: Operation, request: ExampleRequest, options: LiveOptions): Promise<RecordedExchange> {
  const path = fillPath(operation.path, request.params.path);
  const query = serializeQuery(operation.parameters, request.params.query);
  const url = joinUrl(options.baseUrl, query ? `${path}?${query}` : path);
  const headers: Record<string, string> = { accept: acceptHeader(operation) };
  for (const [name, value] of Object.entries(request.params.header)) headers[name.toLowerCase()] = String(value);
  if (request.body !== undefined) headers['content-type'] = request.bodyMediaType ?? 'application/json';
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  // Configured cookies (a session) first: a server reading a name twice takes the first.
  const cookie = [headers.cookie, serializeCookies(request.cookies)].filter(Boolean).join('; ');
  if (cookie) headers.cookie = cookie;
  const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: Response;
  try {
    response = await fetch(url, { method: operation.method.toUpperCase(), headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new UsageError(`upstream ${new URL(options.baseUrl).origin} is unreachable: ${describeFailure(error, timeoutMs)}`);
  }
  let responseBody: Buffer;
  try {
    responseBody = await readResponseLimited(response, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, { bodyless: operation.method === 'head' || response.status === 304 });
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    throw new UsageError(`upstream ${new URL(options.baseUrl).origin} failed while sending a body: ${describeFailure(error, timeoutMs)}`);
  }
  return {
    method: operation.method.toUpperCase(),
    url: url.toString(),
    requestHeaders: headers,
    requestBody: body,
    status: response.status,
    responseHeaders: Object.fromEntries(response.headers.entries()),
    responseBody,
    source: request.name ? `example ${request.name}` : 'required parameters only',
  };
}

function expectedStatusViolation(request: ExampleRequest, status: number): ExchangeResult['violations'] {
  if (request.expectedStatus !== undefined) {
    if (status === request.expectedStatus) return [];
    return [{ kind: 'status', location: 'response status', pointer: '', message: `expected ${request.expectedStatus} (the status of response example ${request.name}), got ${status}` }];
  }
  if (status >= 200 && status < 300) return [];
  return [{ kind: 'status', location: 'response status', pointer: '', message: `expected a 2xx status for a request built from the spec's examples, got ${status}` }];
}

/**
 * Replays the spec's request examples against a live upstream and checks every response. Operations that
 * change data are skipped unless `allowWrites`. Throws a UsageError when the upstream cannot be reached.
 */
export async function verifyLive(contract: Contract, options: LiveOptions): Promise<ContractReport> {
  const report = new ReportBuilder({ api: contract.name, spec: contract.specPath, mode: 'live', target: redactUrl(options.baseUrl) });
  const secretHeaders = new Set(Object.keys(options.headers ?? {}).map((name) => name.toLowerCase()));
  for (const operation of contract.operations) {
    if (!options.allowWrites && !SAFE_METHODS.includes(operation.method)) {
      report.skip(`${operationLabel(operation)}: changes data (pass --allow-writes to replay it)`);
      continue;
    }
    for (const request of exampleRequests(operation)) {
      if (request.missing.length > 0) {
        report.skip(`${operationLabel(operation)}${request.name ? ` example ${request.name}` : ''}: the spec has no value for ${request.missing.join(', ')}`);
        continue;
      }
      let exchange: RecordedExchange;
      try {
        exchange = await send(operation, request, options);
      } catch (error) {
        if (!(error instanceof ResponseTooLargeError)) throw error;
        report.error(`${operationLabel(operation)}${request.name ? ` example ${request.name}` : ''}: ${error.message} (--max-response-bytes)`);
        continue;
      }
      const result = contract.check(exchange);
      // The request was built from this operation: report it under it even if the path matcher disagrees.
      result.operation ??= { id: operation.id, method: operation.method.toUpperCase(), path: operation.path };
      // An undocumented status is already reported; otherwise say when it is not the one the example expects.
      if (!result.violations.some((violation) => violation.kind === 'status')) result.violations.unshift(...expectedStatusViolation(request, exchange.status));
      report.add(result, contract.details(exchange, { secretHeaders }));
    }
  }
  return report.report;
}
