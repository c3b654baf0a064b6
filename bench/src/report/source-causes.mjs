// Known per-request costs, found in the measured packages' current source rather than asserted from
// memory: each cause names the code that causes it, and test/source-causes.test.ts fails when that code is
// gone, so a cost that was fixed is removed from this list instead of lingering unmatched.
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
    file: 'packages/core/src/transport.ts',
    name: 'headers copied for auth',
    pattern: /function withHeaders[\s\S]*new Headers\(headers\)/,
    cause: 'with an auth provider, each attempt copies the request headers once to add the auth headers, so the next attempt (a refreshed token, a redirect to another host) starts from the request\'s own.',
    fix: 'keep it: one copy is what makes per-attempt auth headers safe.',
  },
  {
    file: 'packages/core/src/transport.ts',
    name: 'a controller and a timer per attempt',
    pattern: /new AbortController\(\)/,
    cause: 'each attempt with a timeout (or a caller\'s signal) creates an `AbortController` and arms a `setTimeout` (`AttemptSignal`); creating an `AbortSignal` is costly on Node 20 (`makeTransferable` in the profile).',
    fix: 'none that keeps a per-attempt timeout: fetch needs the signal when the attempt starts, and one signal reused across calls would collect undici\'s abort listeners until GC. Without a timeout and a signal (c0) there is none.',
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

/** The causes whose code is no longer in their file: each is stale and must be removed or fixed. */
export function staleCauses() {
  const shown = new Set([...coreCauses(), ...contractCauses()].map((cause) => cause.name));
  return [...CORE_CAUSES, ...CONTRACT_CAUSES].filter((cause) => !shown.has(cause.name)).map((cause) => `${cause.name} (${cause.file})`);
}
