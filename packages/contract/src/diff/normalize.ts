import type { JsonSchema } from '@group-apis/spec';

// Rewrites a dereferenced schema into one shape before comparing, so equivalent spellings compare equal:
// `allOf` merged, OpenAPI 3.0 `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum` read as 3.1 says
// them, `oneOf: [{type: 'null'}, X]` read as a nullable X, a one-variant anyOf/oneOf as its variant.
// Results are cached per object so recursive schemas keep their identity (the comparison stops on cycles).

const LOWER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `true` (or nothing) is the schema that accepts anything; `false` the one that accepts nothing. */
export function asSchema(value: unknown): JsonSchema {
  if (value === false) return { not: {} };
  return isObject(value) ? value : {};
}

export function isFalseSchema(value: unknown): boolean {
  return value === false || (isObject(value) && isObject(value.not) && Object.keys(value.not).length === 0 && Object.keys(value).length === 1);
}

function isNullOnly(schema: JsonSchema): boolean {
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null') || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null);
}

/** The types a schema admits, `null` included when nullable; empty when it admits any type. */
export function typesOf(schema: JsonSchema): string[] {
  let types: string[];
  if (Array.isArray(schema.type)) types = [...schema.type];
  else if (typeof schema.type === 'string') types = [schema.type];
  else {
    const values = enumValues(schema);
    if (values) types = [...new Set(values.map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value)))];
    else if (schema.properties) types = ['object'];
    else if (schema.items || schema.prefixItems) types = ['array'];
    else return [];
  }
  if ((schema.nullable === true || schema['x-nullable-variant'] === true || enumValues(schema)?.includes(null)) && !types.includes('null')) types.push('null');
  return types;
}

export function enumValues(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  return undefined;
}

function mergeTypes(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const left = Array.isArray(a) ? a : [a];
  const right = new Set(Array.isArray(b) ? b : [b]);
  const both = left.filter((type) => right.has(type) || (type === 'number' && right.has('integer')));
  return both.length === 1 ? both[0] : both;
}

function mergeInto(merged: JsonSchema, branch: JsonSchema): void {
  for (const [key, value] of Object.entries(branch)) {
    const current = merged[key];
    if (current === undefined) {
      merged[key] = key === 'properties' ? { ...(value as object) } : value;
      continue;
    }
    if (key === 'properties' && isObject(value)) {
      const properties = merged.properties as Record<string, JsonSchema>;
      for (const [name, schema] of Object.entries(value)) properties[name] = properties[name] ? ({ allOf: [properties[name]!, schema] } as JsonSchema) : (schema as JsonSchema);
    } else if (key === 'required' && Array.isArray(value)) {
      merged.required = [...new Set([...(current as string[]), ...(value as string[])])];
    } else if (key === 'type') {
      merged.type = mergeTypes(current, value) as JsonSchema['type'];
    } else if (key === 'enum' && Array.isArray(value) && Array.isArray(current)) {
      const keep = new Set(value.map((v) => JSON.stringify(v)));
      merged.enum = current.filter((v) => keep.has(JSON.stringify(v)));
    } else if (LOWER.includes(key) && typeof value === 'number' && typeof current === 'number') {
      merged[key] = Math.max(current, value);
    } else if (UPPER.includes(key) && typeof value === 'number' && typeof current === 'number') {
      merged[key] = Math.min(current, value);
    } else if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) {
      merged[key] = false;
    }
  }
}

const cache = new WeakMap<object, JsonSchema>();

/** The schema in the one shape the comparison reads (see the module comment). */
export function normalize(raw: unknown, openapi30: boolean): JsonSchema {
  const schema = asSchema(raw);
  const cached = cache.get(schema);
  if (cached) return cached;
  const plain = !('allOf' in schema) && !('oneOf' in schema) && !('anyOf' in schema) && !(openapi30 && (typeof schema.exclusiveMinimum === 'boolean' || typeof schema.exclusiveMaximum === 'boolean'));
  if (plain) {
    cache.set(schema, schema);
    return schema;
  }
  let result: JsonSchema = { ...schema };
  if (Array.isArray(result.allOf) && result.allOf.length > 0) {
    const { allOf, ...rest } = result;
    const merged: JsonSchema = { ...rest };
    for (const branch of allOf) mergeInto(merged, normalize(branch, openapi30));
    result = merged;
  }
  if (openapi30) {
    for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof result[flag] !== 'boolean') continue;
      if (result[flag] === true && typeof result[bound] === 'number') {
        result[flag] = result[bound];
        delete result[bound];
      } else delete result[flag];
    }
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const variants = result[key];
    if (!Array.isArray(variants)) continue;
    const nonNull = variants.filter((variant) => !isNullOnly(asSchema(variant)));
    if (nonNull.length === 1) {
      const { [key]: _dropped, ...rest } = result;
      const merged: JsonSchema = { ...rest };
      mergeInto(merged, normalize(nonNull[0], openapi30));
      if (nonNull.length < variants.length) merged['x-nullable-variant'] = true;
      result = merged;
    }
  }
  cache.set(schema, result);
  return result;
}
