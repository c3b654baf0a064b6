// UsageError lives with spec loading in @group-apis/spec: the CLI tells it apart to exit 2.
export { UsageError } from '@group-apis/spec';

/** The first line of an error's message, for the CLI's one-line reasons. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
