import type { JsonSchema, ParameterObject } from '@group-apis/spec';

// Reads a parameter's value out of the raw request, following its `style` and `explode`, into the shape its
// schema describes (strings still: the coercing validator turns them into numbers and booleans).

export type ReadValue = { present: false } | { present: true; value: unknown } | { present: true; problem: string };

function typesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  const merged = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(typesOf);
  return [...new Set(merged)];
}

function isArraySchema(schema: JsonSchema | undefined): boolean {
  return typesOf(schema).includes('array');
}

function isObjectSchema(schema: JsonSchema | undefined): boolean {
  const types = typesOf(schema);
  return types.includes('object') || (!types.length && !!schema?.properties);
}

/** "[has-users][0]" → ["has-users", "0"]; undefined when the key is not bracketed after `name`. */
function bracketPath(key: string, name: string): string[] | undefined {
  if (!key.startsWith(`${name}[`)) return undefined;
  const rest = key.slice(name.length);
  const segments: string[] = [];
  const pattern = /\[([^\]]*)\]/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(rest))) {
    segments.push(match[1]!);
    consumed = pattern.lastIndex;
  }
  return consumed === rest.length && segments.length > 0 ? segments : undefined;
}

type Tree = Record<string, unknown> | unknown[];

/** Builds `{ "has-users": ["a", "b"] }` from `filter[has-users][0]=a&filter[has-users][1]=b` (or `[]=`). */
function assignPath(root: Record<string, unknown>, segments: string[], value: string): void {
  let node: Tree = root;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const nextIsArray = !last && (segments[index + 1] === '' || /^\d+$/.test(segments[index + 1]!));
    const key: string | number = Array.isArray(node) ? (segment === '' ? node.length : Number(segment)) : segment;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined || typeof container[key] !== 'object') container[key] = nextIsArray ? [] : {};
    node = container[key] as Tree;
  });
}

/** Arrays written with explicit indices may have holes: keep the values in index order. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compact(inner)]));
  return value;
}

function splitDelimited(value: string, style: string | undefined): string[] {
  if (style === 'spaceDelimited') return value.split(/ |%20/);
  if (style === 'pipeDelimited') return value.split('|');
  return value.split(',');
}

function pairsToObject(items: string[]): Record<string, string> {
  const object: Record<string, string> = {};
  for (let index = 0; index + 1 < items.length; index += 2) object[items[index]!] = items[index + 1]!;
  return object;
}

/** A query parameter's value from the request's decoded query entries. */
export function readQueryParameter(parameter: ParameterObject, entries: Array<[string, string]>): ReadValue {
  const { name, schema } = parameter;
  const style = parameter.style ?? 'form';
  const explode = parameter.explode ?? style === 'form';

  if (parameter.content) {
    const raw = entries.find(([key]) => key === name)?.[1];
    if (raw === undefined) return { present: false };
    try {
      return { present: true, value: JSON.parse(raw) };
    } catch {
      return { present: true, problem: 'expected a JSON value' };
    }
  }

  if (style === 'deepObject') {
    const root: Record<string, unknown> = {};
    let found = false;
    for (const [key, value] of entries) {
      const segments = bracketPath(key, name);
      if (!segments) continue;
      found = true;
      assignPath(root, segments, value);
    }
    return found ? { present: true, value: compact(root) } : { present: false };
  }

  // PHP-style `name[]=a&name[]=b` is accepted as the same parameter as `name=a&name=b`.
  const values = entries.filter(([key]) => key === name || key === `${name}[]`).map(([, value]) => value);

  if (isObjectSchema(schema) && !isArraySchema(schema)) {
    if (explode) {
      const keys = Object.keys(schema?.properties ?? {});
      const object = Object.fromEntries(entries.filter(([key]) => keys.includes(key)));
      return Object.keys(object).length > 0 ? { present: true, value: object } : { present: false };
    }
    return values.length > 0 ? { present: true, value: pairsToObject(splitDelimited(values[0]!, style)) } : { present: false };
  }

  if (values.length === 0) return { present: false };
  if (isArraySchema(schema)) {
    return { present: true, value: explode ? values : values.flatMap((value) => splitDelimited(value, style)) };
  }
  if (values.length > 1) return { present: true, problem: `expected a single value, got ${values.length}` };
  return { present: true, value: values[0] };
}

/** A path or header parameter's value (style `simple`): a comma-separated list for arrays and objects. */
export function readSimpleParameter(parameter: ParameterObject, raw: string | undefined): ReadValue {
  if (raw === undefined) return { present: false };
  if (parameter.content) {
    try {
      return { present: true, value: JSON.parse(raw) };
    } catch {
      return { present: true, problem: 'expected a JSON value' };
    }
  }
  let text = raw;
  if (parameter.style === 'label') text = text.replace(/^\./, '');
  if (parameter.style === 'matrix') text = text.replace(new RegExp(`^;${parameter.name}=`), '');
  if (isArraySchema(parameter.schema)) return { present: true, value: text === '' ? [] : text.split(',') };
  if (isObjectSchema(parameter.schema)) {
    const items = text.split(',');
    const object = parameter.explode
      ? Object.fromEntries(items.map((item) => item.split('=') as [string, string]))
      : pairsToObject(items);
    return { present: true, value: object };
  }
  return { present: true, value: text };
}

/** The JSON schema a parameter's value must satisfy (its `schema`, or its `content` media type's). */
export function parameterSchema(parameter: ParameterObject): JsonSchema | undefined {
  return parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema;
}
