import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

/** The second loopback address: another origin than every API host (127.0.0.1) even on the same port. */
export const OTHER_HOST = '127.0.0.2';

export interface OtherOrigin {
  /** `http://127.0.0.2:<port>` */
  readonly origin: string;
  /** Every byte received, one string (latin1, byte for byte) per connection. */
  readonly connections: readonly string[];
  /** All bytes received so far, as one string: what a secret is searched in. */
  raw(): string;
}

/**
 * A host that must never see a credential: a raw TCP server (not node:http, so nothing is parsed away) that
 * records every byte of every connection and answers each request `200 {}` with the connection closed.
 */
export async function otherOrigin(body = '{}'): Promise<OtherOrigin> {
  const connections: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const index = connections.push('') - 1;
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      connections[index] += chunk.toString('latin1');
      pending = Buffer.concat([pending, chunk]);
      const end = pending.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = pending.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (pending.length < end + 4 + length) return;
      pending = Buffer.alloc(0);
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, OTHER_HOST, resolve);
  });
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${OTHER_HOST}:${port}`, connections, raw: () => connections.join('\n') };
}
