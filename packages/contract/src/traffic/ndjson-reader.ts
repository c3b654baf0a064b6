import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { UsageError } from '../errors.js';
import { assertReadableFile, DEFAULT_MAX_ENTRY_CHARS, type HarEntry, type TrafficReadOptions } from './har-reader.js';

/**
 * One exchange of an NDJSON log, one JSON object a line (blank lines ignored). Either a HAR entry
 * (`{"request": {...}, "response": {...}}`, what a HAR's `log.entries` holds), or this flat form:
 *
 * ```json
 * {"method":"GET","url":"https://bots.kore.ai/api/public/groups?limit=2","requestHeaders":{"auth":"..."},
 *  "status":200,"responseHeaders":{"content-type":"application/json"},"responseBody":"{\"total\":2}"}
 * ```
 *
 * `requestBody` and `responseBody` are the body's text, or any other JSON value for a JSON body already
 * parsed; `requestBodyEncoding`/`responseBodyEncoding` `"base64"` marks text that is base64. Header values
 * are strings or arrays of strings; names in any case.
 */
export interface NdjsonExchange {
  method: string;
  url: string;
  requestHeaders?: Record<string, string | string[]>;
  requestBody?: unknown;
  requestBodyEncoding?: 'base64';
  status: number;
  responseHeaders?: Record<string, string | string[]>;
  responseBody?: unknown;
  responseBodyEncoding?: 'base64';
}

export interface NdjsonLine {
  line: number;
  value: NdjsonExchange | HarEntry;
}

function position(message: string): number | undefined {
  const found = /position (\d+)/.exec(message);
  return found ? Number(found[1]) : undefined;
}

/**
 * Reads an NDJSON exchange log (a file, or standard input for "-") line by line: memory holds one line. A line that is not a JSON object is a
 * one-line UsageError naming file:line:column; the caller has then seen only the lines before it.
 */
export async function* readNdjson(file: string, stdin: NodeJS.ReadableStream = process.stdin, options: TrafficReadOptions = {}): AsyncGenerator<NdjsonLine> {
  // "-" reads standard input: `zcat traffic.ndjson.gz | group-apis-contract verify --ndjson -`.
  if (file !== '-') assertReadableFile(file, 'NDJSON');
  const input = file === '-' ? stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
  const maxChars = options.maxEntryChars ?? DEFAULT_MAX_ENTRY_CHARS;
  for await (const [number, text] of linesOf(input, maxChars, file)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = position(message);
      // V8 quotes the start of the line in its message: it may hold a credential.
      const reason = message.replace(/,\s*"[\s\S]*$/, '').replace(/\s+in JSON at position \d+.*$/, '').replace(/\s+/g, ' ').trim();
      throw new UsageError(`${file}:${number}:${(at ?? 0) + 1}: NDJSON line is not JSON (${reason})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}:${number}:1: NDJSON line is not an exchange (expected a JSON object)`);
    yield { line: number, value: value as NdjsonExchange | HarEntry };
  }
}

/** The lines of a stream (LF or CRLF), numbered from 1; a line longer than `maxChars` is a UsageError, never held whole. */
async function* linesOf(input: NodeJS.ReadableStream, maxChars: number, file: string): AsyncGenerator<[number, string]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  const line = (text: string): [number, string] => {
    number += 1;
    return [number, text.endsWith('\r') ? text.slice(0, -1) : text];
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      yield line(pending + text.slice(start, newline));
      pending = '';
      start = newline + 1;
    }
    pending += text.slice(start);
    if (pending.length > maxChars) throw new UsageError(`${file}:${number + 1}: NDJSON line is over ${maxChars} characters; it is not read whole (raise --max-response-bytes: lines may be 4 times that)`);
  }
  pending += decoder.end();
  if (pending !== '') yield line(pending);
}
