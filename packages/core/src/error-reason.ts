import type { Redactor } from './redact.js';

/**
 * Picks the vendor's human-readable reason out of a parsed error body (Testmo's `message`, passbolt's
 * `header.message`, ...). Each client passes its own, so core knows no vendor. Handed a redacted copy.
 */
export type ErrorReason = (body: unknown) => string | undefined;

/** A reason longer than this is cut: a hostile or broken server must not fill a log line. */
export const MAX_REASON_LENGTH = 300;

/**
 * The reason as one line for an error message: read from the body with secrets already redacted, control
 * characters and runs of white space collapsed (no forged log lines), cut at {@link MAX_REASON_LENGTH}.
 * Undefined when there is none or the extractor throws: a reason must never hide the error itself.
 */
export function describeReason(reason: ErrorReason | undefined, body: unknown, redactor: Redactor): string | undefined {
  if (reason === undefined || body === undefined || body === null) return undefined;
  let text: unknown;
  try {
    text = reason(redactor.deep(body));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH - 1)}…` : line;
}

/** The `message` of a JSON object body, the shape most vendors use; a helper for clients' extractors. */
export function messageField(body: unknown, field = 'message'): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
