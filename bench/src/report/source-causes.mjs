// Known per-request costs, found in the measured packages' current source rather than asserted from
// memory: each cause is reported only while the code that causes it is still there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../pipeline/temp-repo.mjs';

/**
 * @typedef {object} Cause
 * @property {string} file relative to the repo root
 * @property {RegExp} pattern
 * @property {string} name a short label
 * @property {string} cause
 * @property {string} [fix] what would remove the cost, where that is known
 */

/** @type {Cause[]} */
const CORE_CAUSES = [
  {
    file: 'packages/core/src/client.ts',
    name: 'request built twice',
    // Gone once the client asks openapi-fetch for the parts (its `Request` option) instead of a `Request`.
    pattern: /^(?![\s\S]*Request: PlainRequest)[\s\S]*send\(config, (attempt)?[rR]equest/,
    cause: 'openapi-fetch builds a full `Request` for every call (URL, headers, an `AbortSignal`), and the transport then takes it apart again to send it as URL + init: the request is constructed twice.',
    fix: 'build it once: hand openapi-fetch a `Request` option that keeps the serialized URL, headers and body as they are, for calls without middleware (sending a `Request` itself loses its abort after GC on Node 20, undici#4068).',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'headers copied twice',
    pattern: /new Headers\(request\.headers\)[\s\S]*new Headers\(outgoing\.headers\)/,
    cause: 'the headers are copied into a new `Headers` twice per attempt (out of the `Request`, then again to add the auth headers).',
    fix: 'copy the headers once per attempt.',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'headers copied for auth',
    pattern: /function withHeaders[\s\S]*new Headers\(headers\)/,
    cause: 'with an auth provider, each attempt copies the request headers once to add the auth headers, so the next attempt (a refreshed token, a redirect to another host) starts from the request\'s own.',
    fix: 'keep it: one copy is what makes per-attempt auth headers safe.',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'body re-wrapped',
    pattern: /pipeThrough\(new TransformStream/,
    cause: 'every successful response body is piped through a `TransformStream` and wrapped in a new `Response` so the attempt timer is cleared only once the body is read.',
    fix: 'clear the timer in the client after it has read a JSON or text body, and wrap the body only for `parseAs: "stream"`.',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'a controller and a timer per attempt',
    pattern: /new AbortController\(\)/,
    cause: 'each attempt with a timeout (or a caller\'s signal) creates an `AbortController` and arms a `setTimeout` (`AttemptSignal`); creating an `AbortSignal` is costly on Node 20 (`makeTransferable` in the profile).',
    fix: 'none that keeps a per-attempt timeout: fetch needs the signal when the attempt starts, and one signal reused across calls would collect undici\'s abort listeners until GC. Without a timeout and a signal (c0) there is none.',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'log entry built eagerly',
    pattern: /^(?![\s\S]*if \(!config\.logger\) return)[\s\S]*redactor\.url\(url\)/,
    cause: 'the URL is parsed and redacted for the log entry on every attempt, and auth providers get a `new URL(url)`, whether or not anything reads them.',
    fix: 'build the log entry (and its redacted URL) only when a logger is set, and give auth providers the URL lazily.',
  },
  {
    file: 'packages/core/src/client.ts',
    name: 'text, then JSON.parse',
    pattern: /parseAs:\s*parsesJson\s*\?\s*'text'/,
    cause: 'bodies are read as text and then `JSON.parse`d (to keep the raw text for `InvalidResponseError`), one more string pass than `response.json()`.',
    fix: 'keep it: the raw text is what makes the typed error useful, and it costs little next to the rest.',
  },
];

/** @type {Cause[]} */
const CONTRACT_CAUSES = [
  {
    file: 'packages/contract/src/check-context.ts',
    name: 'every body deep-copied',
    pattern: /=\s*structuredClone\(value\)/,
    cause: '`schemaViolations` deep-copies every value with `structuredClone` before validating it, bodies included, although only the coercing validator (parameters, headers) rewrites values in place.',
  },
  {
    file: 'packages/contract/src/check-context.ts',
    name: 'body parsed on every check',
    pattern: /JSON\.parse/,
    cause: 'the recorded body is parsed from bytes on every check (`JSON.parse`): a recorded body arrives as bytes, so this is part of the floor (see "parse + schema").',
  },
];

/**
 * @param {readonly Cause[]} causes
 * @returns {{ name: string, cause: string, fix: string | undefined }[]}
 */
function present(causes) {
  return causes
    .filter((cause) => {
      const file = join(repoRoot, cause.file);
      return existsSync(file) && cause.pattern.test(readFileSync(file, 'utf8'));
    })
    .map((cause) => ({ name: cause.name, cause: `${cause.cause} (\`${cause.file}\`)`, fix: cause.fix }));
}

export const coreCauses = () => present(CORE_CAUSES);
export const contractCauses = () => present(CONTRACT_CAUSES);
