/**
 * The default of `maxResponseBytes`: 32 MiB. A page of groups from any of these APIs is kilobytes, and a whole
 * passbolt group list with every member of a large instance a few megabytes; an answer hundreds of times
 * larger is a broken or hostile server, and reading it whole could take the process down with it.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Statuses whose responses have no body (a `Response` refuses one for them). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export class SizeLimitExceeded {
  constructor(
    readonly limit: number,
    /** The announced Content-Length, or the bytes read when the limit was passed. */
    readonly size: number,
    readonly announced: boolean,
  ) {}
}

/** The declared length when it is already more than `limit`; undefined otherwise. */
export function announcedTooLarge(response: Response, limit: number): SizeLimitExceeded | undefined {
  const header = response.headers.get('content-length');
  if (header === null) return undefined;
  const length = Number(header);
  return Number.isFinite(length) && length > limit ? new SizeLimitExceeded(limit, length, true) : undefined;
}

/**
 * The response with its whole body read, chunk by chunk, given up as soon as more than `limit` bytes arrived,
 * or when `signal` aborts (the attempt timed out: the body stalled). Rejects with a `SizeLimitExceeded`, or
 * with the signal's reason.
 */
export async function bufferedResponse(response: Response, limit: number, signal: AbortSignal | undefined): Promise<Response> {
  const body = response.body;
  if (body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  const reader = body.getReader();
  const onAbort = (): void => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new SizeLimitExceeded(limit, size, false);
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return answeredFrom(response, chunks.length === 1 ? chunks[0]! : concat(chunks, size));
}

const decoder = new TextDecoder();

/**
 * The response itself, its body methods answering from the bytes read. Not a new `Response`: building one and
 * reading it back through a stream costs more than the rest of a call (bench/ request-overhead).
 */
function answeredFrom(response: Response, bytes: Uint8Array): Response {
  const copy = (): Uint8Array<ArrayBuffer> => bytes.slice() as Uint8Array<ArrayBuffer>;
  const text = (): Promise<string> => Promise.resolve(decoder.decode(bytes));
  let stream: ReadableStream<Uint8Array> | undefined;
  Object.defineProperties(response, {
    text: { value: text },
    json: { value: async () => JSON.parse(await text()) as unknown },
    arrayBuffer: { value: () => Promise.resolve(copy().buffer) },
    bytes: { value: () => Promise.resolve(copy()) },
    blob: { value: () => Promise.resolve(new Blob([copy()], { type: response.headers.get('content-type') ?? '' })) },
    body: { get: () => (stream ??= new Blob([copy()]).stream()) },
    bodyUsed: { value: false },
    clone: { value: () => new Response(copy(), { status: response.status, statusText: response.statusText, headers: response.headers }) },
  });
  return response;
}

/** The body of a streamed response, erroring with `tooLarge(bytesRead)` once more than `limit` bytes passed. */
export function limitedStream(response: Response, limit: number, tooLarge: (size: number) => Error): Response {
  const body = response.body;
  if (body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  let size = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(tooLarge(size));
        else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(limited, 'url', { value: response.url });
  return limited;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
