import type { JsonSchema } from '@group-apis/spec';
import type { Side, SpecChange } from './change.js';
import { asSchema, enumValues, isFalseSchema, normalize, typesOf } from './normalize.js';
import { judgePatternChange } from './pattern.js';
import { levelOf, type RuleId, type SchemaConcept } from './rules.js';

// Compares two dereferenced JSON schemas (2020-12, and OpenAPI 3.0 read as 3.1), direction-aware. For what
// clients SEND (request side), accepting less is breaking and accepting more is not. For what clients
// RECEIVE (response side), a value the old types or bounds ruled out is breaking, and fewer values than
// before is at most a warning (typed consumer code comparing with a value that can no longer come may stop
// compiling). Inside `not` the sides swap: a wider `not` accepts less. readOnly properties are not part of
// what clients send, writeOnly ones not part of what they receive.

export interface SchemaSite {
  side: Side;
  operation?: string;
  endpoint?: string;
  /** "response 200 application/json body", "query parameter limit". */
  location: string;
  /** The document is OpenAPI 3.0 (`nullable`, boolean exclusive bounds). */
  openapi30?: boolean;
  /** A parameter's schema: its own `default` is compared as the parameter's (parameter-default-*), not here. */
  parameter?: boolean;
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'] as const;
/** Keywords whose subschema applies to some part of the value; adding one accepts less, removing it more. */
const SUBSCHEMAS = ['contains', 'propertyNames', 'contentSchema', 'if', 'then', 'else'] as const;
const CLOSING = ['additionalProperties', 'unevaluatedProperties', 'unevaluatedItems'] as const;
/** Recursion guard beyond the cycle check (allOf merging creates fresh objects). */
const MAX_DEPTH = 64;

function escapeSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function show(values: unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function typeList(types: string[]): string {
  return types.length === 0 ? 'any type' : types.join(' or ');
}

/** Whether a set of types admits `type` (an empty set admits anything; number admits integer). */
function admits(types: string[], type: string): boolean {
  return types.length === 0 || types.includes(type) || (type === 'integer' && types.includes('number'));
}

function stableJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '[cyclic]';
  }
}

const ANNOTATIONS = new Set(['description', 'summary', 'example', 'examples', 'title', '$comment', 'externalDocs', 'xml']);

function knownValues(schema: JsonSchema): string[] {
  const values = [schema.default, schema.example, ...(Array.isArray(schema.examples) ? schema.examples : []), ...(enumValues(schema) ?? [])];
  return values.filter((value): value is string => typeof value === 'string');
}

function variantsOf(schema: JsonSchema): { key: 'anyOf' | 'oneOf'; list: JsonSchema[] } | undefined {
  if (Array.isArray(schema.oneOf)) return { key: 'oneOf', list: schema.oneOf };
  if (Array.isArray(schema.anyOf)) return { key: 'anyOf', list: schema.anyOf };
  return undefined;
}

/** The instance type a keyword constrains; on a schema whose types exclude it, the keyword has no effect. */
const APPLIES_TO: Record<string, string> = {
  minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number', multipleOf: 'number',
  minLength: 'string', maxLength: 'string', pattern: 'string', contentEncoding: 'string', contentMediaType: 'string', contentSchema: 'string',
  minItems: 'array', maxItems: 'array', uniqueItems: 'array', contains: 'array', minContains: 'array', maxContains: 'array', items: 'array', prefixItems: 'array', unevaluatedItems: 'array',
  minProperties: 'object', maxProperties: 'object', properties: 'object', required: 'object', patternProperties: 'object', additionalProperties: 'object', propertyNames: 'object', dependentRequired: 'object', dependentSchemas: 'object', unevaluatedProperties: 'object',
};

/** The schema without the keywords its own `type` makes irrelevant (`maxItems` on a string). */
function relevant(schema: JsonSchema): JsonSchema {
  if (schema.type === undefined) return schema;
  const types = typesOf(schema);
  const allows = (kind: string) => types.includes(kind) || (kind === 'number' && types.includes('integer'));
  if (!Object.keys(schema).some((key) => APPLIES_TO[key] && !allows(APPLIES_TO[key]!))) return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !APPLIES_TO[key] || allows(APPLIES_TO[key]!))) as JsonSchema;
}

const OWN_KEYWORDS = ['type', 'properties', 'enum', 'const', 'items', 'prefixItems', 'additionalProperties', 'required'];

class SchemaComparison {
  private readonly seen = new WeakMap<object, Map<object, Side>>();

  constructor(
    private readonly site: SchemaSite,
    private readonly out: SpecChange[],
  ) {}

  private report(side: Side, concept: SchemaConcept, pointer: string, message: string): void {
    this.reportRule(`${side}-${concept}`, pointer, message);
  }

  private reportRule(rule: RuleId, pointer: string, message: string): void {
    const location = `${this.site.location}${pointer ? ` ${pointer}` : ''}`;
    this.out.push({ rule, level: levelOf(rule), operation: this.site.operation, endpoint: this.site.endpoint, location, message });
  }

  private readonly relevantCache = new WeakMap<object, JsonSchema>();

  private readonly fingerprints = new WeakMap<object, string>();

  /**
   * Structural identity of a schema, every object in it read as a normalized schema, so equivalent spellings
   * (allOf-wrapped, 3.0 nullable) print alike. Memoized per object; a cycle prints as "…".
   */
  private fingerprint(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
    const known = this.fingerprints.get(value);
    if (known !== undefined) return known;
    this.fingerprints.set(value, '…');
    let result: string;
    if (Array.isArray(value)) result = `[${value.map((item) => this.fingerprint(item)).join(',')}]`;
    else {
      const node = this.normalize(value) as Record<string, unknown>;
      const keys = Object.keys(node).filter((key) => !ANNOTATIONS.has(key) && node[key] !== undefined).sort();
      result = `{${keys.map((key) => `${JSON.stringify(key)}:${this.fingerprint(node[key])}`).join(',')}}`;
    }
    this.fingerprints.set(value, result);
    return result;
  }

  private normalize(schema: unknown): JsonSchema {
    const normalized = normalize(schema, this.site.openapi30 ?? false);
    let result = this.relevantCache.get(normalized);
    if (!result) this.relevantCache.set(normalized, (result = relevant(normalized)));
    return result;
  }

  compare(rawBase: unknown, rawHead: unknown, pointer: string, side: Side, depth = 0): void {
    if (depth > MAX_DEPTH || rawBase === rawHead) return;
    const base = this.normalize(rawBase);
    const head = this.normalize(rawHead);
    // Dereferenced recursive schemas are cyclic object graphs: compare each pair once per side.
    const pairs = this.seen.get(base) ?? new Map<object, Side>();
    if (pairs.get(head) === side) return;
    pairs.set(head, side);
    this.seen.set(base, pairs);

    const before = variantsOf(base);
    const after = variantsOf(head);
    const pure = (schema: JsonSchema) => !OWN_KEYWORDS.some((key) => key in schema);
    if (before && !after && pure(base)) return this.compareVariants(before.list, [rawHead as JsonSchema], before.key, pointer, side, depth);
    if (after && !before && pure(head)) return this.compareVariants([rawBase as JsonSchema], after.list, after.key, pointer, side, depth);

    const mark = this.out.length;
    this.compareTypes(base, head, pointer, side);
    this.compareEnums(base, head, pointer, side);
    this.compareBounds(base, head, pointer, side);
    this.compareFormats(base, head, pointer, side);
    this.comparePattern(base, head, pointer, side);
    this.compareProperties(base, head, pointer, side, depth);
    this.compareItems(base, head, pointer, side, depth);
    this.compareSubschemas(base, head, pointer, side, depth);
    if (before || after) this.compareVariants(before?.list ?? [], after?.list ?? [], (before ?? after)!.key, pointer, side, depth);
    if (this.out.length === mark) this.compareAllOf(rawBase, rawHead, base, head, pointer, side);
    if (!(this.site.parameter && pointer === '') && stableJson(base.default) !== stableJson(head.default)) {
      this.report(side, 'default-changed', pointer, `default ${stableJson(base.default)} -> ${stableJson(head.default)}`);
    }
  }

  /**
   * allOf branches are compared by their merged content; a branch added or removed whose constraints the
   * merge does not show (it keeps one pattern, one format, ...) cannot be classified: a warning.
   */
  private compareAllOf(rawBase: unknown, rawHead: unknown, base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const branches = (schema: unknown) => (Array.isArray(asSchema(schema).allOf) ? (asSchema(schema).allOf as unknown[]) : []).map((branch) => this.normalize(branch));
    const before = branches(rawBase);
    const after = branches(rawHead);
    const known = new Set(before.map((branch) => this.fingerprint(branch)));
    const kept = new Set(after.map((branch) => this.fingerprint(branch)));
    const subsumed = (branch: JsonSchema, merged: JsonSchema) =>
      Object.entries(branch).every(([key, value]) => {
        if (ANNOTATIONS.has(key)) return true;
        if (key === 'properties') return Object.entries(value as Record<string, unknown>).every(([name, schema]) => this.fingerprint(this.normalize((merged.properties as Record<string, unknown> | undefined)?.[name])) === this.fingerprint(this.normalize(schema)));
        if (key === 'required') return (value as string[]).every((name) => (merged.required as string[] | undefined)?.includes(name));
        return this.fingerprint(merged[key]) === this.fingerprint(value);
      });
    for (const branch of after) {
      if (!known.has(this.fingerprint(branch)) && !subsumed(branch, base)) this.report(side, 'all-of-added', pointer, 'allOf branch added whose constraints the comparison cannot isolate');
    }
    for (const branch of before) {
      if (!kept.has(this.fingerprint(branch)) && !subsumed(branch, head)) this.report(side, 'all-of-removed', pointer, 'allOf branch removed whose constraints the comparison cannot isolate');
    }
  }

  private compareTypes(base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const all = { before: typesOf(base), after: typesOf(head) };
    const nullBefore = all.before.length === 0 || all.before.includes('null');
    const nullAfter = all.after.length === 0 || all.after.includes('null');
    const before = all.before.filter((type) => type !== 'null');
    const after = all.after.filter((type) => type !== 'null');
    const anyBefore = all.before.length === 0;
    const anyAfter = all.after.length === 0;
    const lost = anyBefore ? !anyAfter : before.some((type) => !admits(anyAfter ? [] : after, type));
    const gained = anyAfter ? !anyBefore : after.some((type) => !admits(anyBefore ? [] : before, type));
    if (lost || gained) {
      const concept: SchemaConcept = lost && gained ? 'type-changed' : lost ? 'type-narrowed' : 'type-widened';
      this.report(side, concept, pointer, `type ${concept.slice(5)} from ${typeList(all.before)} to ${typeList(all.after)}`);
      return;
    }
    if (nullBefore && !nullAfter) this.report(side, 'became-not-nullable', pointer, 'null no longer allowed');
    if (!nullBefore && nullAfter) this.report(side, 'became-nullable', pointer, 'null now allowed');
  }

  private compareEnums(base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const nonNull = (values: unknown[] | undefined) => values?.filter((value) => value !== null);
    const before = nonNull(enumValues(base));
    const after = nonNull(enumValues(head));
    if (before && !after) this.report(side, 'enum-removed', pointer, `values no longer restricted (were ${show(before)})`);
    else if (!before && after) this.report(side, 'became-enum', pointer, `values restricted to ${show(after)}`);
    else if (before && after) {
      const beforeKeys = new Set(before.map(stableJson));
      const afterKeys = new Set(after.map(stableJson));
      const removed = before.filter((value) => !afterKeys.has(stableJson(value)));
      const added = after.filter((value) => !beforeKeys.has(stableJson(value)));
      if (removed.length) this.report(side, 'enum-value-removed', pointer, `${base.const !== undefined ? 'const' : 'enum value'} ${show(removed)} removed`);
      if (added.length) this.report(side, 'enum-value-added', pointer, `${head.const !== undefined ? 'const' : 'enum value'} ${show(added)} added`);
    }
    const extensible = (schema: JsonSchema) => (Array.isArray(schema['x-extensible-enum']) ? (schema['x-extensible-enum'] as unknown[]) : undefined);
    const open = { before: extensible(base), after: extensible(head) };
    if (open.before || open.after) {
      const afterKeys = new Set((open.after ?? []).map(stableJson));
      const beforeKeys = new Set((open.before ?? []).map(stableJson));
      const removed = (open.before ?? []).filter((value) => !afterKeys.has(stableJson(value)));
      const added = (open.after ?? []).filter((value) => !beforeKeys.has(stableJson(value)));
      if (removed.length) this.report(side, 'extensible-enum-value-removed', pointer, `x-extensible-enum value ${show(removed)} removed`);
      if (added.length) this.report(side, 'extensible-enum-value-added', pointer, `x-extensible-enum value ${show(added)} added`);
    }
  }

  private bound(side: Side, tightened: boolean, pointer: string, message: string): void {
    this.report(side, tightened ? 'constraint-tightened' : 'constraint-loosened', pointer, message);
  }

  private compareBounds(base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const number = (schema: JsonSchema, key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
    for (const key of LOWER_BOUNDS) {
      const before = number(base, key);
      const after = number(head, key);
      if (before !== after) this.bound(side, after !== undefined && (before === undefined || after > before), pointer, `${key} ${before ?? 'none'} -> ${after ?? 'none'}`);
    }
    for (const key of UPPER_BOUNDS) {
      const before = number(base, key);
      const after = number(head, key);
      if (before !== after) this.bound(side, after !== undefined && (before === undefined || after < before), pointer, `${key} ${before ?? 'none'} -> ${after ?? 'none'}`);
    }
    const before = number(base, 'multipleOf');
    const after = number(head, 'multipleOf');
    if (before !== after) {
      const divides = (a: number, b: number) => Number.isInteger(Number((a / b).toPrecision(12)));
      const tightened = after !== undefined && (before === undefined || !divides(before, after));
      const loosened = before !== undefined && (after === undefined || !divides(after, before));
      const message = `multipleOf ${before ?? 'none'} -> ${after ?? 'none'}`;
      if (tightened) this.bound(side, true, pointer, message);
      if (loosened) this.bound(side, false, pointer, message);
    }
    if (!!base.uniqueItems !== !!head.uniqueItems) this.bound(side, !!head.uniqueItems, pointer, `uniqueItems ${!!base.uniqueItems} -> ${!!head.uniqueItems}`);
    const dependent = (schema: JsonSchema) => (schema.dependentRequired && typeof schema.dependentRequired === 'object' ? (schema.dependentRequired as Record<string, string[]>) : {});
    const beforeDeps = dependent(base);
    const afterDeps = dependent(head);
    for (const name of new Set([...Object.keys(beforeDeps), ...Object.keys(afterDeps)])) {
      const was = new Set(beforeDeps[name] ?? []);
      const is = new Set(afterDeps[name] ?? []);
      const added = [...is].filter((other) => !was.has(other));
      const removed = [...was].filter((other) => !is.has(other));
      const at = `${pointer}/${escapeSegment(name)}`;
      if (added.length) this.bound(side, true, at, `when present, now requires ${added.join(', ')} (dependentRequired)`);
      if (removed.length) this.bound(side, false, at, `when present, no longer requires ${removed.join(', ')} (dependentRequired)`);
    }
  }

  private compareFormats(base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const before = base.format;
    const after = head.format;
    if (before !== after) {
      if (before === undefined) this.bound(side, true, pointer, `format ${JSON.stringify(after)} added`);
      else if (after === undefined) this.bound(side, false, pointer, `format ${JSON.stringify(before)} removed`);
      else this.report(side, 'format-changed', pointer, `format ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    }
    for (const key of ['contentEncoding', 'contentMediaType'] as const) {
      if (base[key] !== head[key]) this.report(side, 'content-encoding-changed', pointer, `${key} ${JSON.stringify(base[key] ?? 'none')} -> ${JSON.stringify(head[key] ?? 'none')}`);
    }
  }

  private comparePattern(base: JsonSchema, head: JsonSchema, pointer: string, side: Side): void {
    const before = typeof base.pattern === 'string' ? base.pattern : undefined;
    const after = typeof head.pattern === 'string' ? head.pattern : undefined;
    if (before === after) return;
    const change = `pattern ${JSON.stringify(before ?? 'none')} -> ${JSON.stringify(after ?? 'none')}`;
    if (after === undefined) return this.report(side, 'pattern-removed', pointer, change);
    const verdict = before === undefined ? judgePatternChange('.*', after, []) : judgePatternChange(before, after, knownValues(base));
    if (verdict.kind === 'generalized') this.report(side, 'pattern-generalized', pointer, `${change}: the new pattern accepts any string`);
    else if (verdict.kind === 'added') this.report(side, 'pattern-added', pointer, change);
    else if (verdict.kind === 'narrowed') this.report(side, 'pattern-narrowed', pointer, `${change}: ${JSON.stringify(verdict.value)} was accepted and no longer is`);
    else this.report(side, 'pattern-changed', pointer, `${change}: ${verdict.reason}`);
  }

  private visible(schema: unknown, side: Side): boolean {
    const normalized = this.normalize(schema);
    return side === 'request' ? normalized.readOnly !== true : normalized.writeOnly !== true;
  }

  private compareProperties(base: JsonSchema, head: JsonSchema, pointer: string, side: Side, depth: number): void {
    const before = (base.properties ?? {}) as Record<string, unknown>;
    const after = (head.properties ?? {}) as Record<string, unknown>;
    const requiredBefore = new Set(Array.isArray(base.required) ? base.required : []);
    const requiredAfter = new Set(Array.isArray(head.required) ? head.required : []);
    const closed = isFalseSchema(head.additionalProperties) || isFalseSchema(head.unevaluatedProperties);
    const names = new Set([...Object.keys(before), ...Object.keys(after), ...requiredBefore, ...requiredAfter]);
    for (const name of names) {
      const at = `${pointer}/${escapeSegment(name)}`;
      const was = name in before || requiredBefore.has(name);
      const is = name in after || requiredAfter.has(name);
      const shownBefore = was && (!(name in before) || this.visible(before[name], side));
      const shownAfter = is && (!(name in after) || this.visible(after[name], side));
      if (!shownBefore && !shownAfter) continue;
      if (shownBefore && !shownAfter) {
        if (is) this.reportRule(side === 'request' ? 'request-property-became-read-only' : 'response-property-became-write-only', at, side === 'request' ? 'property is now readOnly: clients no longer send it' : 'property is now writeOnly: responses no longer carry it');
        else this.report(side, closed ? 'property-removed-closed' : 'property-removed', at, closed ? 'property removed, and unknown properties are refused' : 'property removed');
        continue;
      }
      if (!shownBefore) {
        if (requiredAfter.has(name)) this.report(side, 'required-property-added', at, 'new required property');
        else this.report(side, 'optional-property-added', at, 'new optional property');
        continue;
      }
      if (!requiredBefore.has(name) && requiredAfter.has(name)) this.report(side, 'property-became-required', at, 'property is now required');
      if (requiredBefore.has(name) && !requiredAfter.has(name)) this.report(side, 'property-became-optional', at, 'property is no longer required');
      // A required name without a property schema takes any value: losing or gaining the schema widens or narrows it.
      if (name in before && name in after) this.compare(before[name], after[name], at, side, depth + 1);
      else if (name in before) this.report(side, 'type-widened', at, 'property schema removed: any value is valid');
      else if (name in after) this.report(side, 'type-narrowed', at, 'property schema added where any value was valid');
    }
    this.compareKeyed(base.patternProperties, head.patternProperties, (key) => `${pointer}/<pattern ${key}>`, 'patternProperties', side, depth);
    this.compareKeyed(base.dependentSchemas, head.dependentSchemas, (key) => `${pointer}/<when ${key}>`, 'dependentSchemas', side, depth);
    for (const key of CLOSING) {
      if (key === 'unevaluatedItems') continue;
      this.compareClosing(base[key], head[key], `${pointer}/<${key}>`, key, side, depth);
    }
  }

  /** additionalProperties and its kin: absent or true accepts anything, false nothing, a schema what it says. */
  private compareClosing(before: unknown, after: unknown, at: string, key: string, side: Side, depth: number): void {
    if (before === undefined && after === undefined) return;
    const wasFalse = isFalseSchema(before);
    const isFalse = isFalseSchema(after);
    if (wasFalse && isFalse) return;
    if (!wasFalse && isFalse) return this.bound(side, true, at, `${key}: no longer allowed`);
    if (wasFalse && !isFalse) return this.bound(side, false, at, `${key}: now allowed`);
    this.compare(asSchema(before), asSchema(after), at, side, depth + 1);
  }

  private compareKeyed(before: unknown, after: unknown, at: (key: string) => string, keyword: string, side: Side, depth: number): void {
    const left = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
    const right = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (!(key in right)) this.bound(side, false, at(key), `${keyword} ${JSON.stringify(key)} removed`);
      else if (!(key in left)) this.bound(side, true, at(key), `${keyword} ${JSON.stringify(key)} added`);
      else this.compare(left[key], right[key], at(key), side, depth + 1);
    }
  }

  private compareItems(base: JsonSchema, head: JsonSchema, pointer: string, side: Side, depth: number): void {
    const prefix = (schema: JsonSchema) => (Array.isArray(schema.prefixItems) ? (schema.prefixItems as unknown[]) : []);
    const before = prefix(base);
    const after = prefix(head);
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const at = `${pointer}/${index}`;
      if (index >= after.length) this.bound(side, false, at, `prefixItems[${index}] removed`);
      else if (index >= before.length) this.bound(side, true, at, `prefixItems[${index}] added`);
      else this.compare(before[index], after[index], at, side, depth + 1);
    }
    if (base.items !== undefined || head.items !== undefined) {
      if (isFalseSchema(base.items) || isFalseSchema(head.items)) this.compareClosing(base.items, head.items, `${pointer}/*`, 'items', side, depth);
      else this.compare(asSchema(base.items), asSchema(head.items), `${pointer}/*`, side, depth + 1);
    }
    this.compareClosing(base.unevaluatedItems, head.unevaluatedItems, `${pointer}/<unevaluatedItems>`, 'unevaluatedItems', side, depth);
  }

  private compareSubschemas(base: JsonSchema, head: JsonSchema, pointer: string, side: Side, depth: number): void {
    for (const key of SUBSCHEMAS) {
      const before = base[key];
      const after = head[key];
      if (before === undefined && after === undefined) continue;
      const at = `${pointer}/<${key}>`;
      if (key === 'if') {
        if (stableJson(before) !== stableJson(after)) this.report(side, 'condition-changed', at, `if ${before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'}: which of then/else applies to a value changed, which cannot be classified`);
        continue;
      }
      if (after === undefined) this.bound(side, false, at, `${key} removed`);
      else if (before === undefined) this.bound(side, true, at, `${key} added`);
      else this.compare(before, after, at, side, depth + 1);
    }
    const flipped: Side = side === 'request' ? 'response' : 'request';
    if (base.not !== undefined || head.not !== undefined) {
      const at = `${pointer}/<not>`;
      if (head.not === undefined) this.bound(side, false, at, 'not removed');
      else if (base.not === undefined) this.bound(side, true, at, 'not added');
      else this.compare(base.not, head.not, at, flipped, depth + 1);
    }
  }

  private compareVariants(before: JsonSchema[], after: JsonSchema[], key: string, pointer: string, side: Side, depth: number): void {
    const score = (a: JsonSchema, b: JsonSchema): number => {
      if (a === b) return 100;
      const left = this.normalize(a);
      const right = this.normalize(b);
      if (this.fingerprint(left) === this.fingerprint(right)) return 90;
      let total = 0;
      if (left.title && left.title === right.title) total += 10;
      if (typesOf(left).join() === typesOf(right).join()) total += 3;
      const values = (schema: JsonSchema) => new Set((enumValues(schema) ?? []).map(stableJson));
      const [lv, rv] = [values(left), values(right)];
      if (lv.size && rv.size) total += (3 * [...lv].filter((value) => rv.has(value)).length) / new Set([...lv, ...rv]).size;
      const properties = (schema: JsonSchema) => (schema.properties ?? {}) as Record<string, unknown>;
      const [lp, rp] = [properties(left), properties(right)];
      const common = Object.keys(lp).filter((name) => name in rp);
      const union = new Set([...Object.keys(lp), ...Object.keys(rp)]).size;
      if (union > 0) total += (5 * common.length) / union;
      if (common.length) total += (3 * common.filter((name) => this.fingerprint(this.normalize(lp[name])) === this.fingerprint(this.normalize(rp[name]))).length) / common.length;
      return total;
    };
    const unused = new Set(after.map((_, index) => index));
    for (const [index, variant] of before.entries()) {
      let best = -1;
      let bestScore = 3;
      for (const candidate of unused) {
        // Ties go to the variant at the same position.
        const value = score(variant, after[candidate]!) + (candidate === index ? 0.01 : 0);
        if (value > bestScore) [best, bestScore] = [candidate, value];
      }
      if (best === -1) {
        this.report(side, 'variant-removed', pointer, `${key} variant ${index + 1} of ${before.length} removed`);
        continue;
      }
      unused.delete(best);
      this.compare(variant, after[best], pointer, side, depth + 1);
    }
    for (const index of unused) this.report(side, 'variant-added', pointer, `${key} variant ${index + 1} of ${after.length} added`);
    // oneOf refuses a value that matches two variants: a new variant that overlaps another can refuse what was valid.
    const overlapping = [...unused].find((index) => after.some((other, at) => at !== index && this.mayOverlap(after[index]!, other)));
    if (key === 'oneOf' && overlapping !== undefined) {
      this.report(side, 'one-of-ambiguous', pointer, `oneOf variant ${overlapping + 1} may match the same values as another variant, and oneOf refuses a value that matches two`);
    }
  }

  /** Whether some value could match both schemas: false only when their types or a required constant tell them apart. */
  private mayOverlap(a: JsonSchema, b: JsonSchema): boolean {
    const left = this.normalize(a);
    const right = this.normalize(b);
    const [lt, rt] = [typesOf(left), typesOf(right)];
    if (lt.length && rt.length && !lt.some((type) => admits(rt, type) || (type === 'number' && rt.includes('integer')))) return false;
    const required = (schema: JsonSchema) => new Set(Array.isArray(schema.required) ? schema.required : []);
    const [lr, rr] = [required(left), required(right)];
    const properties = (schema: JsonSchema) => (schema.properties ?? {}) as Record<string, unknown>;
    for (const [name, schema] of Object.entries(properties(left))) {
      const other = properties(right)[name];
      if (!other || !lr.has(name) || !rr.has(name)) continue;
      const values = enumValues(this.normalize(schema));
      const otherValues = enumValues(this.normalize(other));
      if (values && otherValues && !values.some((value) => otherValues.some((candidate) => stableJson(candidate) === stableJson(value)))) return false;
    }
    return true;
  }
}

/** Appends to `out` every difference between two schemas found at `site`. */
export function compareSchemas(base: JsonSchema | boolean | undefined, head: JsonSchema | boolean | undefined, site: SchemaSite, out: SpecChange[]): void {
  new SchemaComparison(site, out).compare(asSchema(base), asSchema(head), '', site.side);
}
