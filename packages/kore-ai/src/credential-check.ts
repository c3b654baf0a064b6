/**
 * What is wrong with a value that is to travel as a header value, or undefined when nothing is. Tokens and
 * secrets are printable ASCII; anything else would be refused by fetch with a message that quotes the whole
 * value (CR, LF, NUL), sent as other bytes than given (non-ASCII), or trimmed (spaces at either end).
 */
export function headerValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not a string';
  if (value === '') return 'is empty';
  if (/[\0-\x1f\x7f]/.test(value)) return 'contains a control character (CR, LF, tab, NUL, ...)';
  if (/[^\x20-\x7e]/.test(value)) return 'contains a character outside printable ASCII';
  if (value.trim() !== value) return 'starts or ends with a space';
  return undefined;
}

/**
 * Refuses an unusable credential before anything is sent. `label` names where it came from
 * (``createKaizalaClient: `refreshToken` ``); the value itself is never shown.
 */
export function checkCredential(label: string, value: unknown): void {
  const problem = headerValueProblem(value);
  if (problem !== undefined) throw new TypeError(`${label} ${problem}; its value is not shown`);
}
