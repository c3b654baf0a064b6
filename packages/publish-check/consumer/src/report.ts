/** What each client script prints for the test: the call it made and the typed data it got back. */
export interface CallReport {
  operationId: string;
  status: number;
  /** The response body, for the test to validate against the spec's schema. */
  data: unknown;
  /** How many items the typed list in `data` holds, read through the package's exported item type. */
  items: number;
  [detail: string]: unknown;
}

/** The mock's base URL, the script's only argument. */
export function baseUrlArgument(): string {
  const baseUrl = process.argv[2];
  if (!baseUrl) throw new Error('usage: node <client script> <base URL of the mock>');
  return baseUrl;
}

export function report(result: CallReport): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** A failed call's status and body, for the thrown error's message. */
export function describeFailure(response: Response, error: unknown): string {
  return `${response.status} ${JSON.stringify(error)}`;
}
