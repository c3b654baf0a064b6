import { messageField } from '@group-apis/core';

/** Testmo's reason: the error body's `message`. */
export function testmoErrorReason(body: unknown): string | undefined {
  return messageField(body);
}
