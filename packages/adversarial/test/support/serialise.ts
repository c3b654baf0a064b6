import { inspect } from 'node:util';

/** The four ways an error reaches a log: its message, `String`, `JSON.stringify` and `util.inspect` at full depth. */
export function serialisations(error: unknown): Record<'message' | 'String' | 'JSON.stringify' | 'inspect', string> {
  return {
    message: error instanceof Error ? error.message : '',
    String: String(error),
    'JSON.stringify': JSON.stringify(error) ?? '',
    inspect: inspect(error, { depth: Infinity }),
  };
}

/** The rejection of a promise, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
