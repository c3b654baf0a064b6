import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Contract } from './contract.js';
import { UsageError } from './errors.js';
import { redactPathAndQuery, redactUrl } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { verdict, type ContractReport } from './report/report.js';
import { joinUrl } from './serialize-request.js';

export interface ProxyOptions {
  /** The real API's base URL; a request for `/groups` goes to `<upstream>/groups`. */
  upstream: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Headers added to (and replacing) the client's on every forwarded request: credentials kept out of tests. */
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface RunningProxy {
  /** http://host:port, to use as the client's base URL instead of the upstream's. */
  url: string;
  /** Everything recorded so far. */
  report(): ContractReport;
  close(): Promise<void>;
}

/** Requests under this path are answered by the proxy itself, never forwarded. */
export const CONTROL_PREFIX = '/__contract/';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

function forwardableHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !HOP_BY_HOP.has(name)));
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])));
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  try {
    switch ((encoding ?? '').trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body);
      case 'deflate':
        return inflateSync(body);
      case 'br':
        return brotliDecompressSync(body);
      default:
        return body;
    }
  } catch {
    return body;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

/** Fails with a one-line UsageError when nothing accepts connections at the upstream's host and port. */
export function assertReachable(upstream: string, timeoutMs = 5_000): Promise<void> {
  const url = new URL(upstream);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port, timeout: timeoutMs });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new UsageError(`upstream ${url.origin} is unreachable: ${reason}`));
    };
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => fail(`no connection within ${timeoutMs} ms`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
  });
}

/**
 * Starts a validating proxy: every request is forwarded to the upstream unchanged (plus `headers`), the
 * answer goes back to the client unchanged, and each exchange is checked against the spec and recorded.
 * GET /__contract/report answers the report so far, with `exitCode` and `reason`.
 */
export async function startProxy(contract: Contract, options: ProxyOptions): Promise<RunningProxy> {
  const upstream = new URL(options.upstream);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  // Its own agent, so closing the proxy also closes its idle connections to the upstream.
  const agent = upstream.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const timeoutMs = options.timeoutMs ?? 60_000;
  // Lower-cased, so that a configured header replaces the client's whatever the spelling of either.
  const configured = Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const redactPath = (path: string) => redactPathAndQuery(path, (key) => contract.isSecretParameter('query', key));
  const report: ContractReport = { api: contract.name, spec: contract.specPath, mode: 'proxy', target: redactUrl(options.upstream), exchanges: [], skipped: [], errors: [] };

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const requestBody = await readBody(req);
    const target = joinUrl(options.upstream, path);
    const headers: OutgoingHttpHeaders = { ...forwardableHeaders(req.headers), ...configured, host: target.host };
    if (requestBody.length > 0) headers['content-length'] = requestBody.length;
    const method = req.method ?? 'GET';
    const upstreamRes = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = send(target, { method, headers, agent, timeout: timeoutMs }, resolve);
      outgoing.once('timeout', () => outgoing.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      outgoing.once('error', reject);
      outgoing.end(requestBody);
    }).catch((error: NodeJS.ErrnoException) => {
      report.errors.push(`upstream ${upstream.origin} is unreachable (${method} ${redactPath(path)}: ${error.code ?? error.message})`);
      sendJson(res, 502, { error: 'contract proxy: upstream unreachable' });
      return undefined;
    });
    if (!upstreamRes) return;
    const responseBody = await readBody(upstreamRes);
    const responseHeaders = forwardableHeaders(upstreamRes.headers);
    res.writeHead(upstreamRes.statusCode ?? 502, { ...responseHeaders, 'content-length': responseBody.length });
    res.end(responseBody);
    const exchange: RecordedExchange = {
      method,
      url: path,
      // What the upstream received: configured credentials count as the request's own.
      requestHeaders: { ...flatHeaders(req.headers), ...configured },
      requestBody,
      status: upstreamRes.statusCode ?? 0,
      responseHeaders: flatHeaders(upstreamRes.headers),
      responseBody: decoded(responseBody, upstreamRes.headers['content-encoding']),
      source: 'proxy',
    };
    report.exchanges.push(contract.check(exchange));
  }

  const server = createServer((req, res) => {
    if (req.url?.startsWith(CONTROL_PREFIX)) {
      if (req.method === 'GET' && req.url.split('?')[0] === `${CONTROL_PREFIX}report`) sendJson(res, 200, { ...report, ...verdict(report) });
      else sendJson(res, 404, { error: `unknown control endpoint; GET ${CONTROL_PREFIX}report answers the report` });
      return;
    }
    forward(req, res).catch((error: unknown) => {
      report.errors.push(`proxy failure for ${req.method} ${redactPath(req.url ?? '/')}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 502, { error: 'contract proxy failure' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0}: ${error.code ?? error.message}`)));
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    report: () => report,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
