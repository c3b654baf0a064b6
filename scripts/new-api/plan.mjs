// Everything the scaffold will write, computed and validated before a single file is touched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBaseUrl, placeholderBaseUrlOf } from './base-url.mjs';
import { defaultTitleOf, nameProblem, pascalCaseOf, titleProblem } from './naming.mjs';
import { listedApiNames, withApiEntry } from './redocly-apis.mjs';
import { conformanceTestSource, factorySource } from './templates/factory.mjs';
import {
  TSCONFIG_BUILD_SOURCE,
  TSCONFIG_SOURCE,
  VITEST_CONFIG_SOURCE,
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

function takenBy(root, redoclyYaml, name) {
  const places = [];
  let listed;
  try {
    listed = listedApiNames(redoclyYaml);
  } catch (error) {
    throw new RefusedError(error.message);
  }
  if (listed.includes(name)) places.push(`redocly.yaml already lists apis.${name}`);
  if (existsSync(join(root, 'specs', name))) places.push(`specs/${name} exists`);
  if (existsSync(join(root, 'packages', name))) places.push(`packages/${name} exists`);
  else if (workspacePackageNames(root).includes(`@group-apis/${name}`)) places.push(`a workspace package is already named @group-apis/${name}`);
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
 * The files to create (repo-relative path -> content) and redocly.yaml's new text.
 * Throws RefusedError for a bad name, title or URL, or a name that is taken.
 */
export function planNewApi(root, options) {
  const api = describeApi(options);
  const redoclyYaml = readFileSync(join(root, 'redocly.yaml'), 'utf8');
  const taken = takenBy(root, redoclyYaml, api.name);
  if (taken.length > 0) throw new RefusedError(`"${api.name}" is taken: ${taken.join('; ')}. Choose another name, or edit the existing API.`);
  let redoclyYamlAfter;
  try {
    redoclyYamlAfter = withApiEntry(redoclyYaml, api.name);
  } catch (error) {
    throw new RefusedError(error.message);
  }
  const pkg = `packages/${api.name}`;
  const files = new Map([
    [`specs/${api.name}/openapi.yaml`, specSource(api)],
    [`specs/${api.name}/README.md`, specReadmeSource(api)],
    [`${pkg}/package.json`, packageJsonSource(api)],
    [`${pkg}/turbo.json`, turboJsonSource(api)],
    [`${pkg}/tsconfig.json`, TSCONFIG_SOURCE],
    [`${pkg}/tsconfig.build.json`, TSCONFIG_BUILD_SOURCE],
    [`${pkg}/vitest.config.ts`, VITEST_CONFIG_SOURCE],
    [`${pkg}/README.md`, packageReadmeSource(api)],
    [`${pkg}/src/index.ts`, factorySource(api)],
    [`${pkg}/test/conformance.test.ts`, conformanceTestSource(api)],
  ]);
  return { api, files, redoclyYaml: { before: redoclyYaml, after: redoclyYamlAfter } };
}
