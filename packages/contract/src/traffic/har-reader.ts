import { createReadStream, existsSync, statSync } from 'node:fs';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { verifier } from 'stream-json/utils/verifier.js';
import { UsageError } from '../errors.js';

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

/**
 * Reads a HAR file's entries one at a time as a stream (stream-json): memory holds one entry, whatever the
 * file's size. Throws a one-line UsageError for a missing file, text that is not JSON or stops early
 * (file:line:column), or JSON that is not a HAR; the caller has then seen only part of the entries.
 */
export async function* readHarEntries(file: string): AsyncGenerator<HarEntry> {
  assertReadableFile(file, 'HAR');
  let sawEntries = false;
  let failed: unknown;
  const pipeline = chain([
    createReadStream(file, { highWaterMark: 256 * 1024 }),
    parser({ streamValues: false }),
    pick({ filter: 'log.entries' }),
    (token: unknown) => {
      sawEntries = true;
      return token;
    },
    // The chain's typing cannot follow the pass-through stage's tokens into streamArray.
    streamArray() as (token: unknown) => unknown,
  ]);
  pipeline.on('error', (error: unknown) => (failed ??= error));
  try {
    for await (const item of pipeline as AsyncIterable<{ value: HarEntry }>) yield item.value;
  } catch (error) {
    failed ??= error;
  } finally {
    pipeline.destroy();
  }
  if (failed !== undefined) {
    if (failed instanceof Error && /should be an array/i.test(failed.message)) throw new UsageError(`${file}: not a HAR file (log.entries is not an array)`);
    throw await notJsonError(file, failed);
  }
  if (!sawEntries) throw new UsageError(`${file}: not a HAR file (no log.entries array)`);
}
