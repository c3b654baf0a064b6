// A small, real edit to one spec: the first operation's summary changes, which changes the generated
// types (openapi-typescript emits it as a comment) and so everything built from them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * @param {string} root
 * @param {string} specPath relative to root
 * @param {string} note appended to the summary
 */
export function editFirstSummary(root, specPath, note) {
  const file = join(root, specPath);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const paths = /** @type {Record<string, Record<string, any>>} */ (doc.toJS().paths ?? {});
  for (const [path, item] of Object.entries(paths)) {
    const method = METHODS.find((name) => item[name]);
    if (!method) continue;
    const summary = item[method].summary ?? item[method].operationId ?? 'operation';
    doc.setIn(['paths', path, method, 'summary'], `${summary} ${note}`);
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    return;
  }
  throw new Error(`${specPath} has no operation to edit`);
}
