import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { displayPath } from '@group-apis/spec';
import type { SpecLocation } from './violation.js';

interface SourceFile {
  path: string;
  doc: Document;
  lines: LineCounter;
}

/** Where a JSON pointer into the bundled spec is written in its source files, following `$ref`s across files. */
export type SpecLocator = (pointer: string) => SpecLocation | undefined;

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function child(node: unknown, segment: string): unknown {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value;
  if (isSeq(node) && /^\d+$/.test(segment)) return node.items[Number(segment)];
  return undefined;
}

/** The pair's key node for the last segment, so the line is the keyword's own ("type: integer"). */
function keyOf(node: unknown, segment: string): unknown {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.key;
  return child(node, segment);
}

/**
 * Maps pointers into the bundled, dereferenced document back to the YAML (or JSON) they came from: the walk
 * follows the source's `$ref`s (same file or another), so a pointer through `$ref: '#/components/schemas/Group'`
 * lands on the line in `components`. Files are parsed only when a violation asks, once each.
 */
export function createSpecLocator(specPath: string, cwd = process.cwd()): SpecLocator {
  const files = new Map<string, SourceFile | undefined>();
  const load = (path: string): SourceFile | undefined => {
    if (files.has(path)) return files.get(path);
    let source: SourceFile | undefined;
    try {
      if (existsSync(path)) {
        const lines = new LineCounter();
        const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: false });
        source = doc.errors.length === 0 ? { path, doc, lines } : undefined;
      }
    } catch {
      source = undefined;
    }
    files.set(path, source);
    return source;
  };

  /** Follows a `$ref` map (possibly a chain of them) to the node it names. */
  const deref = (file: SourceFile, node: unknown, depth = 0): [SourceFile, unknown] => {
    const ref = isMap(node) ? child(node, '$ref') : undefined;
    if (!isScalar(ref) || typeof ref.value !== 'string' || depth > 32) return [file, node];
    const [target, fragment = ''] = ref.value.split('#', 2) as [string, string | undefined];
    const targetFile = target ? load(resolve(dirname(file.path), decodeURIComponent(target))) : file;
    if (!targetFile) return [file, node];
    let current: unknown = targetFile.doc.contents;
    let currentFile = targetFile;
    for (const segment of fragment.split('/').slice(1)) {
      [currentFile, current] = deref(currentFile, current, depth + 1);
      current = child(current, unescape(decodeURIComponent(segment)));
      if (current === undefined) return [file, node];
    }
    return deref(currentFile, current, depth + 1);
  };

  const position = (file: SourceFile, node: unknown, pointer: string): SpecLocation | undefined => {
    const range = (node as Node | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = file.lines.linePos(range[0]);
    return { file: displayPath(file.path, cwd), line, column: col, pointer };
  };

  return (pointer) => {
    const root = load(resolve(specPath));
    if (!root) return undefined;
    let file = root;
    let node: unknown = root.doc.contents;
    let found = position(file, node, pointer);
    const segments = pointer.split('/').slice(1).map(unescape);
    for (const [index, segment] of segments.entries()) {
      [file, node] = deref(file, node);
      const last = index === segments.length - 1;
      const next = child(node, segment);
      // A keyword the spec leaves implicit (no `required` list): the closest enclosing object is the answer.
      if (next === undefined) break;
      found = position(file, last ? keyOf(node, segment) : next, pointer) ?? found;
      node = next;
    }
    return found;
  };
}
