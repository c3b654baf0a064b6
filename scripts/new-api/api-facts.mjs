// A new client's per-API facts, kept in its own package (read through @group-apis/spec): its size budget and
// the consumer smoke script publish-check runs from outside the workspace. The one line outside the package
// is publish-check's devDependency on it, which is how turbo builds the client before the checks run.
import { CONSUMER_SMOKE_FILE, SIZE_BUDGET_FILE } from '@group-apis/spec';
import { withJsonMember } from './json-members.mjs';

export const PUBLISH_CHECK_MANIFEST_PATH = 'packages/publish-check/package.json';
/** Bytes, minified and gzipped: the 10 kB aim of a client, until its measured size is known. */
export const INITIAL_SIZE_BUDGET = 10_000;

export function sizeBudgetFileOf(name) {
  return `packages/${name}/${SIZE_BUDGET_FILE}`;
}

export function consumerSmokeFileOf(name) {
  return `packages/${name}/${CONSUMER_SMOKE_FILE}`;
}

/** packages/<name>/size-budget.json of a new client. */
export function sizeBudgetSource() {
  const budget = {
    $comment:
      "Max bytes of this client with everything it imports (core, openapi-fetch, ...), minified and gzipped: publish-check's size-budget test. The scaffold's 10 kB aim: once the spec is written, set it about 250 B above the measured size; raise only with the reason in the same commit.",
    maxGzippedBytes: INITIAL_SIZE_BUDGET,
  };
  return `${JSON.stringify(budget, null, 2)}\n`;
}

/** publish-check's package.json text with the client among its devDependencies, in npm's order. */
export function withClientDevDependency(manifestJson, api, version) {
  return withJsonMember(manifestJson, {
    file: PUBLISH_CHECK_MANIFEST_PATH,
    objectKey: 'devDependencies',
    key: api.packageName,
    value: version,
    sorted: true,
  });
}
