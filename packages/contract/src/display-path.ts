import { relative } from 'node:path';

/** A file path for messages: relative to `cwd` when it is inside it, else as given. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') ? path : file;
}
