import { messageField } from '@group-apis/core';

/** Passbolt's reason: `header.message` of its error envelope. */
export function passboltErrorReason(body: unknown): string | undefined {
  const header = typeof body === 'object' && body !== null ? (body as { header?: unknown }).header : undefined;
  return messageField(header);
}
