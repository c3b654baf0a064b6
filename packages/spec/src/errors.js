/**
 * A problem with what a tool was given (missing or malformed spec, unknown API name, bad option). Tools print
 * its one-line message; the contract CLI exits 2 on it.
 */
export class UsageError extends Error {
  /** @override */
  name = /** @type {const} */ ('UsageError');
}
