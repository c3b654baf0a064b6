import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findRepoRoot, isJsonMediaType, type JsonSchema, type Operation } from '@group-apis/spec';

/** One recorded or documented response body in `specs/<api>/corpus/`, with where it comes from. */
export interface CorpusEntry {
  /** The file name, `list-v5-contain-all.json`. */
  file: string;
  /** Repository path from the repo root, for messages. */
  path: string;
  /** Where the body comes from: repository, path and commit, or a URL, and what was changed. */
  source: string;
  operation: string;
  status: number;
  body: unknown;
}

export interface CorpusCheck {
  entry: CorpusEntry;
  /** The response schema the body must satisfy, or why there is none. */
  schema: JsonSchema | string;
}

/** The corpus folder beside a spec: `specs/<api>/corpus`. */
export function corpusDirOf(specPath: string): string {
  return join(dirname(specPath), 'corpus');
}

function fail(path: string, problem: string): never {
  throw new Error(`${path}: ${problem}`);
}

function parseEntry(dir: string, file: string): CorpusEntry {
  const full = join(dir, file);
  const path = relative(findRepoRoot(), full);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    fail(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(path, 'must be an object { source, operation, status, body }');
  const { source, operation, status, body } = raw as Record<string, unknown>;
  if (typeof source !== 'string' || source.trim() === '') fail(path, '"source" must name where the body comes from');
  if (typeof operation !== 'string') fail(path, '"operation" must be an operationId of the spec');
  if (typeof status !== 'number' || !Number.isInteger(status)) fail(path, '"status" must be an HTTP status code');
  if (!('body' in (raw as object))) fail(path, '"body" is missing');
  return { file, path, source, operation, status, body };
}

/** Every `*.json` of the corpus folder, parsed; none when the folder does not exist. */
export function readCorpus(specPath: string): CorpusEntry[] {
  const dir = corpusDirOf(specPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parseEntry(dir, file));
}

/** Pairs each corpus entry with the JSON schema of its operation's response for its status. */
export function corpusChecks(entries: CorpusEntry[], operations: Operation[]): CorpusCheck[] {
  return entries.map((entry) => {
    const operation = operations.find((candidate) => candidate.id === entry.operation);
    if (!operation) return { entry, schema: `no operation "${entry.operation}" in the spec` };
    const response = operation.object.responses?.[String(entry.status)];
    if (!response) return { entry, schema: `${entry.operation} declares no ${entry.status} response` };
    const media = Object.entries(response.content ?? {}).find(([type]) => isJsonMediaType(type))?.[1];
    if (!media?.schema) return { entry, schema: `${entry.operation} ${entry.status} has no JSON body schema` };
    return { entry, schema: media.schema };
  });
}
