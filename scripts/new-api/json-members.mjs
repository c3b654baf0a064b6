// Adds a member to an object in a JSON file as text inserted next to an existing member, so every other byte
// (indentation, key order, line breaks) stays as it was. The YAML parser reads JSON and gives each node's offsets.
import { isMap, parseDocument } from 'yaml';

function parseJsonText(text, file) {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error.message}`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file} cannot be edited as text: ${doc.errors[0].message.split('\n')[0]}`);
  return doc;
}

function targetObject(doc, objectKey, file) {
  const target = objectKey === undefined ? doc.contents : doc.get(objectKey, true);
  const where = objectKey === undefined ? file : `${file} ${objectKey}`;
  if (!isMap(target) || target.items.length === 0) throw new Error(`${where} is not an object with members to add to.`);
  return target;
}

/** What separates a member from the `{` or `,` before it: the whitespace before `offset`, or one space when there is none. */
function leadBefore(text, offset) {
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1])) start -= 1;
  return text.slice(start, offset) || ' ';
}

const member = (key, value) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`;

/** The member `key` of the object at `objectKey` in `parsed`, and the whole of `parsed` without it, as text. */
function splitMember(parsed, objectKey, key) {
  const object = objectKey === undefined ? parsed : parsed[objectKey];
  const { [key]: value, ...rest } = object;
  return { value: JSON.stringify(value), rest: JSON.stringify(objectKey === undefined ? rest : { ...parsed, [objectKey]: rest }) };
}

/**
 * `text` (a JSON file) with `"key": value` added to the object at `objectKey` (the top level when undefined):
 * after its last member, or with `sorted`, before the first member whose key sorts after `key` (as npm orders
 * dependencies). Throws when the object is missing or empty, or already has `key`.
 * @param {string} text
 * @param {{ file: string, objectKey?: string, key: string, value: unknown, sorted?: boolean }} options `file` names it in messages
 */
export function withJsonMember(text, { file, objectKey, key, value, sorted = false }) {
  const target = targetObject(parseJsonText(text, file), objectKey, file);
  const keys = target.items.map((item) => String(item.key.value));
  if (keys.includes(key)) throw new Error(`${file} already has ${JSON.stringify(key)}.`);
  const next = sorted ? target.items.find((item) => String(item.key.value).localeCompare(key, 'en') > 0) : undefined;
  let result;
  if (next) {
    const at = next.key.range[0];
    result = `${text.slice(0, at)}${member(key, value)},${leadBefore(text, at)}${text.slice(at)}`;
  } else {
    const last = target.items.at(-1);
    const at = last.value.range[1];
    result = `${text.slice(0, at)},${leadBefore(text, last.key.range[0])}${member(key, value)}${text.slice(at)}`;
  }
  // The new member is there, and nothing else changed.
  const added = splitMember(JSON.parse(result), objectKey, key);
  const unchanged = added.value === JSON.stringify(value) && added.rest === JSON.stringify(JSON.parse(text));
  if (!unchanged) throw new Error(`Could not add ${JSON.stringify(key)} to ${file}.`);
  return result;
}
