// What an API's name must look like, and the names derived from it: package, factory, title.

/** Folders under packages/ that are the repo's own packages, so no API may take their name. */
export const RESERVED_NAMES = Object.freeze(['core', 'conformance', 'docs', 'contract', 'repo-tests', 'spec', 'publish-check', 'fake-cli', 'adversarial']);
export const MAX_NAME_LENGTH = 40;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Why `name` cannot name an API (ignoring whether it is taken), or undefined when it can.
 * @param {string} name
 */
export function nameProblem(name) {
  if (!KEBAB_CASE.test(name)) {
    return `"${name}" is not a valid API name: use kebab-case (lowercase letters and digits, words joined by single hyphens, starting with a letter), for example "acme-widgets".`;
  }
  if (name.length > MAX_NAME_LENGTH) return `"${name}" is too long: an API name has at most ${MAX_NAME_LENGTH} characters.`;
  if (RESERVED_NAMES.includes(name)) {
    return `"${name}" is reserved: packages/${name} is one of the repo's own packages (reserved: ${RESERVED_NAMES.join(', ')}). Choose the vendor's name instead.`;
  }
  return undefined;
}

/** @param {string} name */
function capitalisedWords(name) {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * `acme-widgets` -> `AcmeWidgets`, the stem of `createAcmeWidgetsClient` (`kore-ai` -> `KoreAi`).
 * @param {string} name
 */
export function pascalCaseOf(name) {
  return capitalisedWords(name).join('');
}

/**
 * `kore-ai` -> `@group-apis/kore-ai`: the npm name of an API's client package.
 * @param {string} api
 */
export function clientPackageName(api) {
  return `@group-apis/${api}`;
}

/**
 * `kore-ai` -> `createKoreAiClient`: the factory every client package exports.
 * @param {string} api
 */
export function factoryName(api) {
  return `create${pascalCaseOf(api)}Client`;
}

/**
 * `acme-widgets` -> `Acme Widgets API`, used when no --title is given.
 * @param {string} name
 */
export function defaultTitleOf(name) {
  return `${capitalisedWords(name).join(' ')} API`;
}

/**
 * Why `title` cannot be used (it lands in YAML, JSON, Markdown and a TS doc comment), or undefined.
 * @param {string} title
 */
export function titleProblem(title) {
  if (title.trim() === '') return 'The --title must not be empty.';
  if (title.length > 80) return 'The --title is too long: at most 80 characters.';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f`]|\*\/|\bTODO\b/.test(title)) {
    return `The --title ${JSON.stringify(title)} must be one line without backticks, "*/" or "TODO".`;
  }
  return undefined;
}
