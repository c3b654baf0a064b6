import type { ClientRequest } from './exchanges.js';
import type { Operation } from '@group-apis/spec';

type Call = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Any openapi-fetch client: the harness calls it by method name with spec-derived, untyped requests. */
export type AnyClient = object;

export interface ReplayResult {
  status: number;
  data: unknown;
  error: unknown;
  /** What the client parsed from the response: `data` on success, `error` otherwise. */
  body: unknown;
}

/** Sends a spec-derived request through the generated client, exactly as a user's call would. */
export async function replay(client: AnyClient, operation: Operation, request: ClientRequest, headers: Record<string, string> = {}): Promise<ReplayResult> {
  const call = (client as Record<string, Call | undefined>)[operation.method.toUpperCase()];
  if (typeof call !== 'function') throw new Error(`The client has no ${operation.method.toUpperCase()} method`);
  const init: Record<string, unknown> = { params: request.params, headers };
  if (request.body !== undefined) init.body = request.body;
  const { data, error, response } = await call.call(client, operation.path, init);
  return { status: response.status, data, error, body: response.ok ? data : error };
}
