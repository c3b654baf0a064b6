import { errorFromResponse, type GroupApiError } from './errors.js';
import { defaultRedactor } from './redact.js';
import { getResponseMeta } from './response-meta.js';

/** The shape of an openapi-fetch result. */
export interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** The success body type of an openapi-fetch result. */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;
/** The error body type of an openapi-fetch result. */
export type ErrorBodyOf<R> = R extends { error: infer E; data?: never } ? E : never;

/**
 * `data` of a successful call, or the typed error for its status thrown:
 * `const groups = await unwrap(client.GET('/groups'))`.
 */
export async function unwrap<R extends FetchResult>(call: Promise<R> | R): Promise<DataOf<R>> {
  const result = await call;
  if (result.response.ok) return result.data as DataOf<R>;
  throw resultError(result);
}

/** The typed error for a failed openapi-fetch result (for callers who keep the `{ data, error }` style). */
export function resultError<R extends FetchResult>(result: R): GroupApiError<ErrorBodyOf<R>> {
  const { response } = result;
  const meta = getResponseMeta(response);
  return errorFromResponse<ErrorBodyOf<R>>({
    status: response.status,
    headers: response.headers,
    body: result.error as ErrorBodyOf<R>,
    method: meta?.method ?? 'UNKNOWN',
    url: meta?.url ?? response.url,
    requestId: meta?.requestId,
    attempts: meta?.attempts,
    redactor: meta?.redactor ?? defaultRedactor,
    reason: meta?.errorReason,
  });
}
