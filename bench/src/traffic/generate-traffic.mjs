// Writes a HAR file or an NDJSON exchange log of `count` Kore.ai group listings, streamed to disk (the
// generator holds one entry at a time). One entry in 1,000 carries a drifted body (userCount as a string),
// so the report has findings to fold; the rest match the spec.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const BODY = JSON.stringify({ total: 1, availableMore: false, groups: [{ _id: 'e-1', gN: 'Ops', gDesc: 'Operations', groups: [], users: [], userCount: 1 }] });
const DRIFTED = BODY.replace('"userCount":1', '"userCount":"1"');

/** @param {number} index */
function harEntry(index) {
  const body = index % 1000 === 7 ? DRIFTED : BODY;
  return {
    startedDateTime: '2026-01-01T00:00:00.000Z',
    time: 12,
    request: { method: 'GET', url: `https://bots.kore.ai/api/public/groups?offset=${index}&limit=50`, httpVersion: 'HTTP/1.1', headers: [{ name: 'auth', value: 'bench.jwt.value' }, { name: 'Accept', value: 'application/json' }], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
    response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'application/json' }], cookies: [], content: { size: body.length, mimeType: 'application/json', text: body }, redirectURL: '', headersSize: -1, bodySize: body.length },
    cache: {},
    timings: { send: 0, wait: 12, receive: 0 },
  };
}

/** @param {number} index */
function ndjsonLine(index) {
  return { method: 'GET', url: `https://bots.kore.ai/api/public/groups?offset=${index}&limit=50`, requestHeaders: { auth: 'bench.jwt.value' }, status: 200, responseHeaders: { 'content-type': 'application/json' }, responseBody: index % 1000 === 7 ? DRIFTED : BODY };
}

/**
 * @param {string} file
 * @param {'har' | 'ndjson'} format
 * @param {number} count
 * @returns {Promise<number>} bytes written
 */
export async function generateTraffic(file, format, count) {
  const out = createWriteStream(file);
  let bytes = 0;
  /** @param {string} text */
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  if (format === 'har') await write('{"log":{"version":"1.2","creator":{"name":"group-apis bench","version":"1"},"entries":[\n');
  for (let index = 0; index < count; index += 1) {
    if (format === 'har') await write(`${index ? ',\n' : ''}${JSON.stringify(harEntry(index))}`);
    else await write(`${JSON.stringify(ndjsonLine(index))}\n`);
  }
  if (format === 'har') await write('\n]}}\n');
  out.end();
  await once(out, 'close');
  return bytes;
}
