import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** Answers one request, or returns false to let the default (`200` with `okBody`) answer it. */
export type HostileHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => boolean | void;

export interface HostileApi {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: ReceivedRequest[];
}

/** An API host on 127.0.0.1 that misbehaves as `handler` says and otherwise answers `200` with `okBody`. */
export async function hostileApi(handler: HostileHandler, okBody: unknown = {}): Promise<HostileApi> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const request = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      if (handler(request, response, requests.length - 1) === true) return;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(okBody));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests };
}

/** Answers `status` with `Location: location` and no body. */
export function redirect(response: ServerResponse, status: number, location: string): true {
  response.writeHead(status, { location, 'content-length': '0' });
  response.end();
  return true;
}
