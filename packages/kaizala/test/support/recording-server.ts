import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  body: unknown;
}

/** Answers one request; `index` counts from 0. */
export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void;

export interface RecordingServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: RecordedRequest[];
  /** The reply to every request from now on (when the server was started without a handler). */
  reply(next: Reply): void;
  close(): Promise<void>;
}

export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** A server on 127.0.0.1 (port chosen by the OS) that records every request it receives. */
export async function startRecordingServer(handler?: Handler): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let current: Reply = { status: 200, body: {} };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      if (handler) handler(recorded, response, requests.length - 1);
      else json(response, current.status, current.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A recording server closed when the current test ends. */
export async function recordingServer(handler: Handler): Promise<RecordingServer> {
  const server = await startRecordingServer(handler);
  onTestFinished(() => server.close());
  return server;
}
