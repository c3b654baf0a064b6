// A new client's place in packages/publish-check (its README): the consumer script that calls it from outside
// the workspace, its size budget, and the devDependency that has turbo build it before the checks run.
import { withJsonMember } from './json-members.mjs';

const PUBLISH_CHECK = 'packages/publish-check';
export const SIZE_BUDGETS_PATH = `${PUBLISH_CHECK}/size-budgets.json`;
export const PUBLISH_CHECK_MANIFEST_PATH = `${PUBLISH_CHECK}/package.json`;
/** Bytes, minified and gzipped: the 10 kB aim of size-budgets.json, until the client's measured size is known. */
export const INITIAL_SIZE_BUDGET = 10_000;

export function consumerClientPathOf(name) {
  return `${PUBLISH_CHECK}/consumer/src/clients/${name}.ts`;
}

/** size-budgets.json's text with the client's budget after the last one. */
export function withSizeBudget(sizeBudgetsJson, api) {
  return withJsonMember(sizeBudgetsJson, { file: SIZE_BUDGETS_PATH, key: api.packageName, value: INITIAL_SIZE_BUDGET });
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
