import { createServer, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { expect, onTestFinished } from 'vitest';

export const REDIRECT_STATUSES = [301, 302, 303, 307, 308] as const;

export interface OtherOrigin {
  /** `http://127.0.0.2:<port>`: another origin than every fake server on 127.0.0.1. */
  readonly origin: string;
  /** Connections opened to it. */
  connections(): number;
  /** Every byte it received, as one string. */
  received(): string;
}

/**
 * A recording "other origin" on a second loopback address: it accepts connections, keeps every raw byte and
 * answers each with a bare 418, so that a client that should not have come fails fast. Closed when the test ends.
 */
export async function otherOrigin(): Promise<OtherOrigin> {
  const sockets = new Set<Socket>();
  const chunks: Buffer[] = [];
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      socket.end('HTTP/1.1 418 I am the other origin\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.2:${port}`, connections: () => connections, received: () => Buffer.concat(chunks).toString('latin1') };
}

/** The four ways an error usually ends up in a log. */
export function fourWays(error: unknown): Record<'message' | 'String' | 'JSON.stringify' | 'util.inspect', string> {
  return {
    message: error instanceof Error ? error.message : '',
    String: String(error),
    'JSON.stringify': JSON.stringify(error) ?? '',
    'util.inspect': inspect(error, { depth: Infinity }),
  };
}

/** No secret in any of the four forms, raw or percent-encoded. */
export function expectNoSecretIn(error: unknown, secrets: readonly string[]): void {
  expect(error).toBeInstanceOf(Error);
  for (const [form, text] of Object.entries(fourWays(error))) {
    for (const secret of secrets) {
      expect(text.includes(secret) || text.includes(encodeURIComponent(secret)), `${form} shows a secret`).toBe(false);
    }
  }
}
