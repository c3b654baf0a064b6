import type { IncomingMessage } from 'node:http';

/**
 * The largest response body `verify` and `proxy` read: 32 MiB. The vendor APIs here answer pages of at
 * most a few hundred records (well under 1 MiB); a body 30 times that is a misbehaving upstream or a
 * hostile one, and reading it whole would hold it in memory several times (bytes, text, parsed value).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** A body larger than the limit: found by Content-Length before reading, or by counting bytes while reading. */
export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError';
  constructor(
    readonly limit: number,
    readonly declaredLength?: number,
  ) {
    super(declaredLength !== undefined ? `response body of ${declaredLength} bytes (Content-Length) is over the ${limit}-byte limit` : `response body is over the ${limit}-byte limit`);
  }
}

function declaredLength(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/**
 * Reads a node:http message whole, or fails as soon as it passes `limit` bytes. The stream is then destroyed,
 * or with `drain` (a request the server still answers) read on to the end and thrown away.
 */
export function readLimited(stream: IncomingMessage, limit: number, options: { drain?: boolean; bodyless?: boolean } = {}): Promise<Buffer> {
  const stop = () => {
    if (options.drain) {
      stream.removeAllListeners('data');
      stream.resume();
    } else stream.destroy();
  };
  // The Content-Length of an answer to HEAD (or a 304) is the size of a body that is not sent.
  const declared = options.bodyless ? undefined : declaredLength(stream.headers['content-length']);
  if (declared !== undefined && declared > limit) {
    stop();
    return Promise.reject(new ResponseTooLargeError(limit, declared));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        stop();
        reject(new ResponseTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks, size)));
    stream.on('error', reject);
    stream.on('close', () => {
      if (!stream.complete) reject(new Error('the connection closed before the body ended'));
    });
  });
}

/** Reads a fetch Response's body whole, or fails as soon as it passes `limit` bytes (the body is cancelled). */
export async function readResponseLimited(response: Response, limit: number, options: { bodyless?: boolean } = {}): Promise<Buffer> {
  const declared = options.bodyless ? undefined : declaredLength(response.headers.get('content-length'));
  if (declared !== undefined && declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(limit, declared);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
