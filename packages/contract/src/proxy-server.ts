import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Contract } from './contract.js';
import { UsageError } from './errors.js';
import { redactPathAndQuery, redactUrl } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { formatContractReport } from './report/format-contract.js';
import { ReportBuilder, type ContractReport } from './report/report.js';
import { parseRequestTarget } from './request-target.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readLimited, ResponseTooLargeError } from './size-limit.js';

/** One API behind the proxy. */
export interface ProxyRoute {
  contract: Contract;
  /** The real API's base URL; a request for `<prefix>/groups` goes to `<upstream>/groups`. */
  upstream: string;
  /** The path prefix this API is served under ("/testmo"), or "" for everything. */
  prefix?: string;
  /** Headers added to (and replacing) the client's on this API's forwarded requests: credentials kept out of tests. */
  headers?: Record<string, string>;
}

export interface ProxyServerOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  timeoutMs?: number;
  /** Larger request or response bodies are refused (413 / 502) and recorded as errors. Default DEFAULT_MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
}

export interface ProxyOptions extends ProxyServerOptions {
  /** The real API's base URL; a request for `/groups` goes to `<upstream>/groups`. */
  upstream: string;
  /** Headers added to (and replacing) the client's on every forwarded request. */
  headers?: Record<string, string>;
}

export interface RunningProxy {
  /** http://host:port, to use as the client's base URL instead of the upstream's (plus the API's prefix, if any). */
  url: string;
  /** The first (or only) API's report so far. */
  report(): ContractReport;
  /** Every API's report so far, in the order the routes were given. */
  reports(): ContractReport[];
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

/** The body as the client reads it; a decompressed body over `limit` is refused like a large one. */
function decoded(body: Buffer, encoding: string | undefined, limit: number): Buffer {
  const options = { maxOutputLength: limit };
  try {
    switch ((encoding ?? '').trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, options);
      case 'deflate':
        return inflateSync(body, options);
      case 'br':
        return brotliDecompressSync(body, options);
      default:
        return body;
    }
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ResponseTooLargeError(limit);
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

interface Route {
  contract: Contract;
  upstream: URL;
  /** The upstream's base path without a trailing "/": forwarded paths go under it. */
  basePath: string;
  prefix: string;
  configured: Record<string, string>;
  secretHeaders: ReadonlySet<string>;
  send: typeof httpRequest;
  agent: HttpAgent;
  builder: ReportBuilder;
  redactPath: (path: string) => string;
}

function createRoute(route: ProxyRoute): Route {
  const upstream = new URL(route.upstream);
  const https = upstream.protocol === 'https:';
  // Lower-cased, so that a configured header replaces the client's whatever the spelling of either.
  const configured = Object.fromEntries(Object.entries(route.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const { contract } = route;
  return {
    contract,
    upstream,
    basePath: upstream.pathname.replace(/\/+$/, ''),
    prefix: (route.prefix ?? '').replace(/\/+$/, ''),
    configured,
    secretHeaders: new Set(Object.keys(configured)),
    send: https ? httpsRequest : httpRequest,
    // Its own agent, so closing the proxy also closes its idle connections to the upstream.
    agent: https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true }),
    builder: new ReportBuilder({ api: contract.name, spec: contract.specPath, mode: 'proxy', target: redactUrl(route.upstream) }),
    redactPath: (path: string) => redactPathAndQuery(path, (key) => contract.isSecretParameter('query', key)),
  };
}

/** The route whose prefix the target starts with (longest first), and the target with the prefix taken off. */
function routeFor(routes: Route[], target: string): [Route, string] | undefined {
  for (const route of routes) {
    if (route.prefix === '') return [route, target];
    if (target === route.prefix || target.startsWith(`${route.prefix}/`) || target.startsWith(`${route.prefix}?`)) {
      const rest = target.slice(route.prefix.length);
      return [route, rest.startsWith('/') ? rest : `/${rest}`];
    }
  }
  return undefined;
}

/**
 * Starts a validating proxy for several APIs on one port, each under its path prefix: every request is
 * forwarded to its API's upstream unchanged (plus that API's `headers`, sent to no other upstream), the answer
 * goes back unchanged, and each exchange is checked against its spec. GET /__contract/report answers every
 * API's report so far, with `exitCode` and `reason`.
 */
export async function startProxyServer(routeOptions: ProxyRoute[], options: ProxyServerOptions = {}): Promise<RunningProxy> {
  const ordered = routeOptions.map(createRoute);
  // Longest prefix first, so "/api/v2" wins over "/api".
  const routes = [...ordered].sort((a, b) => b.prefix.length - a.prefix.length);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const reports = () => ordered.map((route) => route.builder.report);

  async function forward(route: Route, target: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = parseRequestTarget(target);
    if ('refused' in parsed) {
      // Nothing is forwarded: the client's request never reaches the upstream with the configured credentials.
      // The path as sent (never resolved, which would hide the "..") and without its query, which may hold a credential.
      route.builder.error(`refused ${method} ${JSON.stringify(`${route.prefix}${target.split('?')[0]}`)}: ${parsed.refused}`);
      req.resume();
      sendJson(res, 400, { error: `contract proxy: ${parsed.refused}; nothing was forwarded` });
      return;
    }
    let requestBody: Buffer;
    try {
      requestBody = await readLimited(req, limit, { drain: true });
    } catch (error) {
      if (!(error instanceof ResponseTooLargeError)) throw error;
      route.builder.error(`refused ${method} ${route.redactPath(target)}: request ${error.message.replace(/^response /, '')}`);
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: `contract proxy: request body over the ${limit}-byte limit; nothing was forwarded` });
      return;
    }
    // Path and query byte for byte as the client sent them, under the upstream's base path.
    const forwardedPath = `${route.basePath}${parsed.path}${parsed.query}`;
    const headers: OutgoingHttpHeaders = { ...forwardableHeaders(req.headers), ...route.configured, host: route.upstream.host };
    if (requestBody.length > 0) headers['content-length'] = requestBody.length;
    const requestOptions = { protocol: route.upstream.protocol, hostname: route.upstream.hostname.replace(/^\[|\]$/g, ''), port: route.upstream.port || undefined, path: forwardedPath, method, headers, agent: route.agent, timeout: timeoutMs };
    const upstreamRes = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = route.send(requestOptions, resolve);
      outgoing.once('timeout', () => outgoing.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      outgoing.once('error', reject);
      outgoing.end(requestBody);
    }).catch((error: NodeJS.ErrnoException) => {
      route.builder.error(`upstream ${route.upstream.origin} is unreachable (${method} ${route.redactPath(target)}: ${error.code ?? error.message})`);
      sendJson(res, 502, { error: 'contract proxy: upstream unreachable' });
      return undefined;
    });
    if (!upstreamRes) return;
    const bodyless = method === 'HEAD' || upstreamRes.statusCode === 304;
    let responseBody: Buffer;
    let clientBody: Buffer;
    try {
      responseBody = await readLimited(upstreamRes, limit, { bodyless });
      clientBody = decoded(responseBody, upstreamRes.headers['content-encoding'], limit);
    } catch (error) {
      const reason = error instanceof ResponseTooLargeError ? error.message : `the upstream's answer broke off (${error instanceof Error ? error.message : String(error)})`;
      route.builder.error(`${method} ${route.redactPath(target)} -> ${upstreamRes.statusCode}: ${reason}${error instanceof ResponseTooLargeError ? ' (--max-response-bytes)' : ''}`);
      sendJson(res, 502, { error: `contract proxy: ${error instanceof ResponseTooLargeError ? `upstream response over the ${limit}-byte limit` : 'upstream response broke off'}` });
      return;
    }
    const responseHeaders = forwardableHeaders(upstreamRes.headers);
    // A HEAD or 304 answer's Content-Length describes a body not sent: passed on as the upstream said it.
    const length = bodyless && upstreamRes.headers['content-length'] !== undefined ? upstreamRes.headers['content-length'] : responseBody.length;
    res.writeHead(upstreamRes.statusCode ?? 502, { ...responseHeaders, 'content-length': length });
    res.end(responseBody);
    const exchange: RecordedExchange = {
      method,
      url: `${parsed.path}${parsed.query}`,
      // What the upstream received: configured credentials count as the request's own.
      requestHeaders: { ...flatHeaders(req.headers), ...route.configured },
      requestBody,
      status: upstreamRes.statusCode ?? 0,
      responseHeaders: flatHeaders(upstreamRes.headers),
      responseBody: clientBody,
      source: 'proxy',
    };
    const absoluteUrl = (url: string) => `${route.upstream.origin}${route.basePath}${url}`;
    route.builder.add(route.contract.check(exchange), route.contract.details(exchange, { absoluteUrl, secretHeaders: route.secretHeaders }));
  }

  const server = createServer((req, res) => {
    const target = req.url ?? '/';
    if (target.startsWith(CONTROL_PREFIX)) {
      if (req.method === 'GET' && target.split('?')[0] === `${CONTROL_PREFIX}report`) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(formatContractReport(reports(), 'json'));
      } else sendJson(res, 404, { error: `unknown control endpoint; GET ${CONTROL_PREFIX}report answers the report` });
      return;
    }
    const found = routeFor(routes, target);
    if (!found) {
      req.resume();
      sendJson(res, 404, { error: `contract proxy: no API is served under this path; prefixes: ${routes.map((route) => route.prefix).join(', ')}` });
      return;
    }
    const [route, rest] = found;
    forward(route, rest, req, res).catch((error: unknown) => {
      route.builder.error(`proxy failure for ${req.method} ${route.redactPath(rest)}: ${error instanceof Error ? error.message : String(error)}`);
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
    report: () => ordered[0]!.builder.report,
    reports,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const route of routes) route.agent.destroy();
      }),
  };
}

/** A validating proxy for one API: every path is forwarded to `options.upstream`. */
export function startProxy(contract: Contract, options: ProxyOptions): Promise<RunningProxy> {
  return startProxyServer([{ contract, upstream: options.upstream, headers: options.headers }], options);
}
