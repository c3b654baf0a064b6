import type { ErrorReason } from './error-reason.js';
import type { Redactor } from './redact.js';

/** What the transport knew about the request behind a response; `unwrap` puts it into errors. */
export interface ResponseMeta {
  readonly method: string;
  readonly url: string;
  readonly requestId: string | undefined;
  readonly attempts: number;
  readonly redactor: Redactor;
  /** The client's reader of the vendor's reason in an error body. */
  readonly errorReason?: ErrorReason;
}

const metas = new WeakMap<Response, ResponseMeta>();

export function setResponseMeta(response: Response, meta: ResponseMeta): void {
  metas.set(response, meta);
}

export function getResponseMeta(response: Response): ResponseMeta | undefined {
  return metas.get(response);
}

export function requestIdOf(headers: Headers, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
