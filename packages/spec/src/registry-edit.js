// Adds an API to redocly.yaml's `apis` as text inserted after the last entry, so every other byte of the
// file (comments, quoting, long lines) stays as it was; re-serialising the whole document would not.
import { isMap, parseDocument, stringify } from 'yaml';

/**
 * The `apis` entry a new API gets: its spec under specs/<name>/, its generated schema in packages/<name>/.
 * @param {string} name
 */
export function apiEntryOf(name) {
  return { root: `specs/${name}/openapi.yaml`, 'x-openapi-ts': { output: `packages/${name}/src/generated/schema.ts` } };
}

/**
 * @param {string} text
 * @param {number} offset
 */
function columnOf(text, offset) {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** @param {string} text */
function parseRedoclyYaml(text) {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) throw new Error(`redocly.yaml is not valid YAML: ${error.message}`);
  return doc;
}

/**
 * redocly.yaml's text with `apis.<name>` appended; throws when `apis` is not a block map with entries.
 * @param {string} redoclyYaml
 * @param {string} name
 */
export function withApiEntry(redoclyYaml, name) {
  const apis = parseRedoclyYaml(redoclyYaml).get('apis', true);
  if (!isMap(apis) || apis.flow || apis.items.length === 0 || !apis.range) throw new Error('redocly.yaml has no `apis` block with entries to add to.');
  const first = /** @type {import('yaml').Pair<any, any>} */ (apis.items[0]);
  const indent = columnOf(redoclyYaml, first.key.range[0]);
  const nested = isMap(first.value) && first.value.items.length > 0 ? columnOf(redoclyYaml, /** @type {any} */ (first.value.items[0]).key.range[0]) - indent : 2;
  const body = stringify(apiEntryOf(name), { indent: nested, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => `${' '.repeat(indent + nested)}${line}`);
  const block = [`${' '.repeat(indent)}${name}:`, ...body, ''].join('\n');
  const at = apis.range[1];
  const before = redoclyYaml.slice(0, at);
  const result = `${before}${before.endsWith('\n') ? '' : '\n'}${block}${redoclyYaml.slice(at)}`;
  const added = parseRedoclyYaml(result).toJS().apis?.[name];
  if (JSON.stringify(added) !== JSON.stringify(apiEntryOf(name))) throw new Error(`Could not add apis.${name} to redocly.yaml.`);
  return result;
}

/**
 * The names redocly.yaml already lists under `apis`.
 * @param {string} redoclyYaml
 * @returns {string[]}
 */
export function listedApiNames(redoclyYaml) {
  return Object.keys(parseRedoclyYaml(redoclyYaml).toJS()?.apis ?? {});
}

/**
 * redocly.yaml's text (rules, comments and all) with `apis` replaced by the given APIs, each with the entry a
 * new API gets plus its own lint rule overrides, if any. For copies of the repository (bench, tests).
 * @param {string} redoclyYaml
 * @param {Readonly<Record<string, { rules?: Record<string, unknown> }>>} apis
 */
export function withOnlyApis(redoclyYaml, apis) {
  const doc = parseRedoclyYaml(redoclyYaml);
  const entries = Object.fromEntries(
    Object.entries(apis).map(([name, { rules }]) => {
      const { root, 'x-openapi-ts': output } = apiEntryOf(name);
      return [name, { root, ...(rules ? { rules } : {}), 'x-openapi-ts': output }];
    }),
  );
  doc.set('apis', doc.createNode(entries));
  return String(doc);
}
