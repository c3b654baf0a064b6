import { messageField } from '@group-apis/core';

/** Kore.ai's reason: the `msg` of each entry of `errors` (its error envelope), joined. */
export function koreAiErrorReason(body: unknown): string | undefined {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return undefined;
  const messages = errors.map((entry) => messageField(entry, 'msg')).filter((msg): msg is string => msg !== undefined && msg !== '');
  return messages.length > 0 ? messages.join('; ') : undefined;
}
