/**
 * A problem with how the tool was called or with what it was given (bad option, missing spec, malformed YAML,
 * unreachable upstream, unreadable HAR). The CLI prints its one-line message and exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The first line of an error's message, for the CLI's one-line reasons. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
