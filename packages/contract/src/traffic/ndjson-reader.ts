import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError } from '../errors.js';
import { assertReadableFile, type HarEntry } from './har-reader.js';

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
export async function* readNdjson(file: string, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<NdjsonLine> {
  // "-" reads standard input: `zcat traffic.ndjson.gz | group-apis-contract verify --ndjson -`.
  if (file !== '-') assertReadableFile(file, 'NDJSON');
  const input = file === '-' ? stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
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
  } finally {
    lines.close();
  }
}
