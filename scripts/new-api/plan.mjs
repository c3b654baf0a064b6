// Everything the scaffold will write, computed and validated before a single file is touched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBaseUrl, placeholderBaseUrlOf } from './base-url.mjs';
import { firstGetOperationOf } from './first-operation.mjs';
import { defaultTitleOf, listedApiNames, nameProblem, pascalCaseOf, titleProblem, withApiEntry } from '@group-apis/spec';
import {
  INITIAL_SIZE_BUDGET,
  PUBLISH_CHECK_MANIFEST_PATH,
  SIZE_BUDGETS_PATH,
  consumerClientPathOf,
  withClientDevDependency,
  withSizeBudget,
} from './publish-check.mjs';
import { consumerClientSource } from './templates/consumer-client.mjs';
import { conformanceTestSource, factorySource } from './templates/factory.mjs';
import {
  TSCONFIG_BUILD_SOURCE,
  TSCONFIG_SOURCE,
  VITEST_CONFIG_SOURCE,
  INITIAL_VERSION,
  packageJsonSource,
  packageReadmeSource,
  turboJsonSource,
} from './templates/package.mjs';
import { specReadmeSource, specSource } from './templates/spec.mjs';

/** A reason the scaffold refuses to run; nothing has been written when it is thrown. */
export class RefusedError extends Error {}

function packageNameIn(manifest) {
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).name;
  } catch {
    return undefined; // a package.json being written by hand right now names nothing yet
  }
}

function workspacePackageNames(root) {
  const packagesDir = join(root, 'packages');
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => packageNameIn(join(packagesDir, entry.name, 'package.json')));
}

/** A file the scaffold reads or edits; a missing one is a reason to refuse, not a crash. */
function readRepoFile(root, path) {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    throw new RefusedError(`${path} cannot be read: the scaffold adds the new API to it.`);
  }
}

/** `compute()`, with any problem it finds reported as a refusal. */
function refusing(compute) {
  try {
    return compute();
  } catch (error) {
    throw new RefusedError(error.message);
  }
}

function parsedJson(text, path) {
  return refusing(() => {
    try {
      return JSON.parse(text) ?? {};
    } catch (error) {
      throw new Error(`${path} is not valid JSON: ${error.message}`);
    }
  });
}

/** An edit of a file the scaffold adds the API to: its text before and after, and the change in words. */
function edit(before, change, addApi) {
  return { before, after: refusing(() => addApi(before)), change };
}

function takenBy(root, edited, api) {
  const { name, packageName } = api;
  const places = [];
  const listed = refusing(() => listedApiNames(edited.redoclyYaml));
  if (listed.includes(name)) places.push(`redocly.yaml already lists apis.${name}`);
  if (existsSync(join(root, 'specs', name))) places.push(`specs/${name} exists`);
  if (existsSync(join(root, 'packages', name))) places.push(`packages/${name} exists`);
  else if (workspacePackageNames(root).includes(packageName)) places.push(`a workspace package is already named ${packageName}`);
  if (existsSync(join(root, consumerClientPathOf(name)))) places.push(`${consumerClientPathOf(name)} exists`);
  const budgets = parsedJson(edited.sizeBudgets, SIZE_BUDGETS_PATH);
  if (Object.hasOwn(budgets, packageName)) places.push(`${SIZE_BUDGETS_PATH} already has a budget for ${packageName}`);
  const devDependencies = parsedJson(edited.publishCheckManifest, PUBLISH_CHECK_MANIFEST_PATH).devDependencies ?? {};
  if (Object.hasOwn(devDependencies, packageName)) places.push(`${PUBLISH_CHECK_MANIFEST_PATH} already has the devDependency ${packageName}`);
  return places;
}

function describeApi({ name, title, baseUrl }) {
  const problem = nameProblem(name);
  if (problem) throw new RefusedError(problem);
  const resolvedTitle = title ?? defaultTitleOf(name);
  const badTitle = titleProblem(resolvedTitle);
  if (badTitle) throw new RefusedError(badTitle);
  const parsedUrl = baseUrl === undefined ? { url: placeholderBaseUrlOf(name) } : parseBaseUrl(baseUrl);
  if (parsedUrl.problem) throw new RefusedError(parsedUrl.problem);
  return {
    name,
    title: resolvedTitle.trim(),
    pascal: pascalCaseOf(name),
    packageName: `@group-apis/${name}`,
    baseUrl: parsedUrl.url,
    baseUrlGiven: baseUrl !== undefined,
  };
}

/**
 * The files to create (repo-relative path -> content) and the files to edit (path -> `{ before, after, change }`).
 * Throws RefusedError for a bad name, title or URL, a name that is taken, or a file it cannot add the API to.
 */
export function planNewApi(root, options) {
  const api = describeApi(options);
  const edited = {
    redoclyYaml: readRepoFile(root, 'redocly.yaml'),
    sizeBudgets: readRepoFile(root, SIZE_BUDGETS_PATH),
    publishCheckManifest: readRepoFile(root, PUBLISH_CHECK_MANIFEST_PATH),
  };
  const taken = takenBy(root, edited, api);
  if (taken.length > 0) throw new RefusedError(`"${api.name}" is taken: ${taken.join('; ')}. Choose another name, or edit the existing API.`);
  const license = readRepoFile(root, 'LICENSE');
  const spec = specSource(api);
  const pkg = `packages/${api.name}`;
  const files = new Map([
    [`specs/${api.name}/openapi.yaml`, spec],
    [`specs/${api.name}/README.md`, specReadmeSource(api)],
    [`${pkg}/package.json`, packageJsonSource(api)],
    [`${pkg}/turbo.json`, turboJsonSource(api)],
    [`${pkg}/tsconfig.json`, TSCONFIG_SOURCE],
    [`${pkg}/tsconfig.build.json`, TSCONFIG_BUILD_SOURCE],
    [`${pkg}/vitest.config.ts`, VITEST_CONFIG_SOURCE],
    [`${pkg}/README.md`, packageReadmeSource(api)],
    [`${pkg}/LICENSE`, license],
    [`${pkg}/src/index.ts`, factorySource(api)],
    [`${pkg}/test/conformance.test.ts`, conformanceTestSource(api)],
    [consumerClientPathOf(api.name), consumerClientSource(api, firstGetOperationOf(spec))],
  ]);
  const edits = new Map([
    ['redocly.yaml', edit(edited.redoclyYaml, `apis.${api.name}`, (text) => withApiEntry(text, api.name))],
    [SIZE_BUDGETS_PATH, edit(edited.sizeBudgets, `"${api.packageName}": ${INITIAL_SIZE_BUDGET}`, (text) => withSizeBudget(text, api))],
    [
      PUBLISH_CHECK_MANIFEST_PATH,
      edit(edited.publishCheckManifest, `devDependencies "${api.packageName}": "${INITIAL_VERSION}"`, (text) => withClientDevDependency(text, api, INITIAL_VERSION)),
    ],
  ]);
  return { api, files, edits };
}
