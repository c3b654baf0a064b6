import { messageField } from '@group-apis/core';

/** Kaizala's reason: the error body's `message` (the shape the spec assumes). */
export function kaizalaErrorReason(body: unknown): string | undefined {
  return messageField(body);
}
