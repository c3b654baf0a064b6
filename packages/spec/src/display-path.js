import { relative } from 'node:path';

/**
 * A file path for messages: relative to `cwd` when it is inside it, else as given.
 * @param {string} file
 * @param {string} [cwd]
 */
export function displayPath(file, cwd = process.cwd()) {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') ? path : file;
}
