/**
 * Header values fetch would refuse (a control character such as CR or LF, or one beyond Latin-1). `Headers`
 * throws a TypeError that quotes the whole value, so a malformed token would end up in an error message;
 * these checks come first and name where the value came from, never the value.
 */
const UNSENDABLE = /[\0-\x1f\x7f\u0100-\uffff]/;

export const UNSENDABLE_VALUE = 'cannot be sent in a header (a control character such as CR or LF, or one beyond Latin-1); the value is not shown';

export function sendableHeaderValue(value: string): boolean {
  return !UNSENDABLE.test(value);
}

/**
 * Checks a credential option when a client is created: a non-empty string that can travel in a header.
 * The error names the option (`option`), never the value.
 */
export function assertCredential(value: unknown, option: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${option} must be a non-empty string`);
  if (!sendableHeaderValue(value)) throw new TypeError(`${option} ${UNSENDABLE_VALUE}`);
}

/** Checks every value of a header record (`headers["x-api-key"]` named in the error, never its value). */
export function assertHeaderValues(headers: Readonly<Record<string, string>> | undefined, option: string): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string' || !sendableHeaderValue(value)) throw new TypeError(`${option}[${JSON.stringify(name)}] ${UNSENDABLE_VALUE}`);
  }
}

/** The TypeError `Headers` throws for a bad value quotes it: replace its message with one that does not. */
export function withoutQuotedHeaderValue(error: unknown): unknown {
  return error instanceof TypeError && /header (value|name)/i.test(error.message) ? new TypeError(`a request header ${UNSENDABLE_VALUE}`) : error;
}
