import { createClient, type ClientOptions, type RequestLog } from '../../src/index.js';
import type { paths } from './paths.js';

/** A client on the fake server with millisecond backoff, recording every log entry. */
export function testClient(baseUrl: ClientOptions['baseUrl'], options: Partial<ClientOptions> = {}) {
  const logs: RequestLog[] = [];
  const client = createClient<paths>({
    baseUrl,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    logger: (entry) => logs.push(entry),
    ...options,
  });
  return { client, logs };
}

/** The promise's rejection, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A promise with its resolver (Promise.withResolvers is Node 22+). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
