import { createReadStream, existsSync, statSync } from 'node:fs';
import chain from 'stream-chain';
import { none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/parser.js';
import Assembler from 'stream-json/assembler.js';
import { verifier } from 'stream-json/utils/verifier.js';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../size-limit.js';

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  request?: { method?: string; url?: string; headers?: HarHeader[]; cookies?: HarHeader[]; postData?: { mimeType?: string; text?: string } };
  response?: { status?: number; headers?: HarHeader[]; content?: { mimeType?: string; text?: string; encoding?: string; size?: number } };
}

export function assertReadableFile(file: string, kind: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${kind} file not found: ${file}`);
}

/** Where the file stops being JSON: stream-json's verifier re-reads it and names the line and column. */
async function notJsonError(file: string, cause: unknown): Promise<UsageError> {
  try {
    await new Promise<void>((resolve, reject) => {
      const check = chain([createReadStream(file), verifier()]);
      check.on('error', reject);
      check.on('finish', resolve);
      check.on('end', resolve);
      check.resume();
    });
  } catch (error) {
    const where = error as { line?: number; pos?: number; message?: string };
    if (typeof where.line === 'number') {
      // "ERROR at 110 (1, 111): Verifier has expected a value": the text ends inside a value.
      const detail = (where.message ?? '').replace(/^ERROR at [^:]*:\s*/, '');
      const reason = /has expected/.test(detail) ? 'it ends before the JSON does: truncated?' : detail.replace(/^Verifier cannot parse input:\s*/, '') || 'not valid JSON';
      return new UsageError(`${file}:${where.line}:${where.pos ?? 1}: HAR file is not JSON (${reason})`);
    }
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new UsageError(`${file}: not a HAR file (${message.split('\n')[0]})`);
}

type Token = { name: string; value?: unknown };

/**
 * Reads a HAR file's entries one at a time as a stream: stream-json's tokenizer and assembler, driven by
 * this loop rather than a chain of streams (a stage per token cost 5x the parse). Memory holds one entry,
 * whatever the file's size. Throws a one-line UsageError for a missing file, text that is not JSON or stops
 * early (file:line:column), or JSON that is not a HAR; the caller has then seen only part of the entries.
 */
export interface TrafficReadOptions {
  /**
   * The largest entry (or NDJSON line) read, in characters: a larger one stops the run with a UsageError
   * rather than being held in memory whole. Default DEFAULT_MAX_ENTRY_CHARS.
   */
  maxEntryChars?: number;
}

/** Four times the response size limit: room for a base64 body of the largest answer read, and its request. */
export const DEFAULT_MAX_ENTRY_CHARS = 4 * DEFAULT_MAX_RESPONSE_BYTES;

export async function* readHarEntries(file: string, options: TrafficReadOptions = {}): AsyncGenerator<HarEntry> {
  const maxEntryChars = options.maxEntryChars ?? DEFAULT_MAX_ENTRY_CHARS;
  // Characters fed to the tokenizer so far, and where the entry being assembled began (chunk precision).
  let fed = 0;
  let entryStart = 0;
  let entries = 0;
  assertReadableFile(file, 'HAR');
  const tokenize = jsonParser({ streamValues: false }) as unknown as (chunk: string | typeof none) => unknown;
  // Where the walk is: depth of open objects/arrays, the key at depths 1 and 2 (log, entries).
  let depth = 0;
  let rootKey: unknown;
  let logKey: unknown;
  let inEntries = false;
  let sawEntries = false;
  let entry: Assembler | undefined;
  const ready: HarEntry[] = [];

  const step = (token: Token) => {
    if (entry) {
      entry.consume(token as never);
      if (entry.done) {
        ready.push(entry.current as HarEntry);
        entry = undefined;
      }
      return;
    }
    switch (token.name) {
      case 'keyValue':
        if (depth === 1) rootKey = token.value;
        else if (depth === 2) logKey = token.value;
        return;
      case 'startObject':
      case 'startArray':
        if (inEntries && depth === 3) {
          entry = new Assembler();
          entryStart = fed;
          entries += 1;
          entry.consume(token as never);
          return;
        }
        if (depth === 2 && rootKey === 'log' && logKey === 'entries') {
          if (token.name === 'startObject') throw new UsageError(`${file}: not a HAR file (log.entries is not an array)`);
          inEntries = sawEntries = true;
        }
        depth += 1;
        return;
      case 'endObject':
      case 'endArray':
        depth -= 1;
        if (inEntries && depth === 2) inEntries = false;
        if (depth === 1) logKey = undefined;
        return;
      default:
        // A scalar where an entry should be: passed on, the caller says it is not an object.
        if (inEntries && depth === 3) ready.push(token.value as HarEntry);
        else if (depth === 2 && rootKey === 'log' && logKey === 'entries') throw new UsageError(`${file}: not a HAR file (log.entries is not an array)`);
    }
  };
  const feed = (chunk: string | typeof none) => {
    const out = tokenize(chunk);
    if (out === none) return;
    for (const token of (out as { values?: Token[] }).values ?? [out as Token]) step(token);
  };

  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }) as AsyncIterable<string>) {
      feed(chunk);
      fed += chunk.length;
      if (entry && fed - entryStart > maxEntryChars) {
        throw new UsageError(`${file}: HAR entry ${entries} is over ${maxEntryChars} characters; it is not read whole (raise --max-response-bytes: entries may be 4 times that)`);
      }
      for (const value of ready) yield value;
      ready.length = 0;
    }
    feed(none);
    for (const value of ready) yield value;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw await notJsonError(file, error);
  }
  if (!sawEntries) throw new UsageError(`${file}: not a HAR file (no log.entries array)`);
}
