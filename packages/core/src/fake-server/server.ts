import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { answerControl, CONTROL_PREFIX, type FakeControl } from './control.js';
import type { Fault, FaultQueue } from './faults.js';

/** A request as a fake's handler sees it. */
export interface FakeRequest {
  readonly method: string;
  /** The full URL, on the fake's origin. */
  readonly url: URL;
  /** Header names lower-cased; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** A fake's answer: `body` is sent as JSON unless `text` is given. */
export interface FakeReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly text?: string;
}

/**
 * One request and its answer, in the shape `@group-apis/contract`'s `check()` takes (a RecordedExchange),
 * so a test can feed everything a fake answered through the contract checker.
 */
export interface FakeExchange {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly requestHeaders: Record<string, string>;
  readonly requestBody: Buffer;
  readonly status: number;
  readonly responseHeaders: Record<string, string>;
  readonly responseBody: Buffer;
  readonly source: string;
  /** True when a fault from `fail.next` answered instead of the service. */
  readonly injected: boolean;
}

export interface FakeServerOptions {
  readonly handle: (request: FakeRequest) => FakeReply | Promise<FakeReply>;
  readonly faults: FaultQueue;
  /** The vendor's error body for an injected `{ status }` without a body. */
  readonly faultBody: (status: number, request: FakeRequest) => unknown;
  /** Default `127.0.0.1`: a fake is reachable from this machine only unless you ask. */
  readonly host?: string;
  /** Default 0: a free port chosen by the OS. */
  readonly port?: number;
  /** Keep every exchange in `exchanges` (default true; a long-running command turns it off). */
  readonly record?: boolean;
  /** Request bodies above this many bytes get 413 (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Serve `/__fake/fail`, `/__fake/clock` and `/__fake/state` (off by default; the command turns it on). */
  readonly control?: FakeControl;
}

export interface RunningFakeServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly exchanges: FakeExchange[];
  /** Stops listening and drops every connection, stalled ones included. Safe to call twice. */
  close(): Promise<void>;
}

function headersOf(raw: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(raw: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    raw.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        raw.resume();
        return;
      }
      chunks.push(chunk);
    });
    raw.on('end', () => resolve(Buffer.concat(chunks)));
    raw.on('error', reject);
  });
}

function send(response: ServerResponse, reply: FakeReply): { headers: Record<string, string>; body: Buffer } {
  const body = Buffer.from(reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)), 'utf8');
  const headers: Record<string, string> = {
    ...(reply.text === undefined && reply.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...Object.fromEntries(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
    'content-length': String(body.length),
  };
  response.writeHead(reply.status, headers);
  response.end(body);
  return { headers, body };
}

// A 429 without Retry-After would make a client wait its vendor default (Testmo: 60 s): one second instead.
function faultReply(fault: Exclude<Fault, 'reset' | 'stall'>, vendorBody: unknown): FakeReply {
  const headers = { ...(fault.status === 429 ? { 'retry-after': '1' } : {}), ...fault.headers };
  return { status: fault.status, headers, body: fault.body ?? vendorBody };
}

/** Listens with `/` → `handle`, injecting queued faults first and recording every exchange. */
export async function startFakeServer(options: FakeServerOptions): Promise<RunningFakeServer> {
  const { handle, faults, faultBody, host = '127.0.0.1', port = 0, record = true, maxBodyBytes = 1024 * 1024 } = options;
  const exchanges: FakeExchange[] = [];
  const sockets = new Set<Socket>();
  let origin = '';

  const server = createServer((raw, response) => {
    void (async () => {
      const requestHeaders = headersOf(raw);
      const body = await readBody(raw, maxBodyBytes).catch(() => undefined);
      const request: FakeRequest = { method: raw.method ?? 'GET', url: new URL(raw.url ?? '/', origin), headers: requestHeaders, body: body ?? Buffer.alloc(0) };
      if (options.control && body !== undefined && request.url.pathname.startsWith(CONTROL_PREFIX)) {
        send(response, answerControl(request, options.control));
        return;
      }
      const fault = faults.take();
      if (fault === 'reset') return raw.socket.destroy();
      if (fault === 'stall') return;
      let reply: FakeReply;
      if (fault) reply = faultReply(fault, faultBody(fault.status, request));
      else if (body === undefined) reply = { status: 413, text: 'request body too large' };
      else reply = await (async () => handle(request))().catch((error: unknown) => ({ status: 500, text: `fake failed: ${String(error)}` }));
      const sent = send(response, reply);
      if (record) {
        exchanges.push({
          method: request.method,
          url: raw.url ?? '/',
          requestHeaders,
          requestBody: request.body,
          status: reply.status,
          responseHeaders: sent.headers,
          responseBody: sent.body,
          source: `fake exchange ${exchanges.length + 1}`,
          injected: fault !== undefined,
        });
      }
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${hostname === '0.0.0.0' || hostname === '[::]' ? '127.0.0.1' : hostname}:${address.port}`;

  let closed: Promise<void> | undefined;
  return {
    origin,
    exchanges,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
