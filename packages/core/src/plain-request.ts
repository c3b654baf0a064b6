/** HTTP methods a `Request` accepts that openapi-fetch's method helpers send, besides TRACE (which fetch forbids). */
const PLAIN_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);

/**
 * What openapi-fetch builds with its `Request` option when no middleware needs a real `Request`: the URL,
 * method, headers and body it serialized, kept as they are. A real `Request` would be taken apart again by the
 * transport (which sends URL + init, undici#4068), so building one per call only costs: a second `Headers`
 * copy, a body stream, an `AbortSignal` that follows the caller's. The URL is still parsed and normalized,
 * and a URL with credentials or a body on GET/HEAD still refused, with the TypeError a Request throws.
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;

  constructor(url: string, init: { method?: string; headers?: Headers; body?: BodyInit | null }) {
    const parsed = new URL(url);
    // As a Request refuses it (fetch would, later, with the password in its message).
    if (parsed.username || parsed.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials.');
    this.url = parsed.href;
    this.method = init.method ?? 'GET';
    this.headers = init.headers ?? new Headers();
    this.body = init.body ?? null;
    if (this.body !== null && (this.method === 'GET' || this.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
  }

  /** Whether openapi-fetch can build this call as a `PlainRequest`. */
  static serves(method: string): boolean {
    return PLAIN_METHODS.has(method);
  }
}

/** A body that every retry and redirect can send again as it is; anything else is read into bytes once. */
export type ResendableBody = string | ArrayBuffer | Blob | FormData | URLSearchParams;

export async function resendableBody(request: Request | PlainRequest): Promise<ResendableBody | undefined> {
  if (request instanceof Request) return request.body ? request.arrayBuffer() : undefined;
  const { body } = request;
  if (body === null) return undefined;
  if (typeof body === 'string' || body instanceof Blob || body instanceof FormData || body instanceof URLSearchParams) return body;
  // Streams can be read once, and the caller may still change its buffers: send a copy of the bytes.
  return new Response(body).arrayBuffer();
}
