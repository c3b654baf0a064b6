import type { JsonSchema } from '@group-apis/spec';
import type { ChangeKind, ChangeSeverity, Side, SpecChange } from './change.js';

// Compares two dereferenced JSON schemas, direction-aware. For what clients SEND (request side), accepting
// less is breaking and accepting more is not. For what clients RECEIVE (response side), any change to the
// types or enum values the generated client types carry is breaking: narrowing removes cases consumer code
// handles, widening brings values it was told could not come. Removed or no-longer-required response fields
// are breaking; added ones are not. Validation-only constraints on responses never break a consumer's build.

export interface SchemaSite {
  side: Side;
  operation?: string;
  /** "response 200 application/json body", "query parameter limit". */
  location: string;
}

function severityOf(kind: ChangeKind, side: Side, requestFieldRemovedBreaks = false): ChangeSeverity {
  switch (kind) {
    case 'type-narrowed':
    case 'enum-narrowed':
    case 'type-changed':
    case 'enum-changed':
    case 'schema-changed':
      return 'breaking';
    case 'type-widened':
    case 'enum-widened':
      return side === 'response' ? 'breaking' : 'non-breaking';
    case 'constraint-narrowed':
      return side === 'request' ? 'breaking' : 'non-breaking';
    case 'field-removed':
      return side === 'response' || requestFieldRemovedBreaks ? 'breaking' : 'non-breaking';
    case 'field-required':
      return side === 'request' ? 'breaking' : 'non-breaking';
    case 'field-optional':
      return side === 'response' ? 'breaking' : 'non-breaking';
    default:
      return 'non-breaking';
  }
}

function escapeSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Merges `allOf` branches into one schema (properties, required, type), so compositions compare by content. */
export function flattenAllOf(schema: JsonSchema): JsonSchema {
  if (!schema.allOf?.length) return schema;
  const { allOf, ...rest } = schema;
  const merged: JsonSchema = { ...rest };
  for (const branch of allOf.map(flattenAllOf)) {
    if (branch.type !== undefined && merged.type === undefined) merged.type = branch.type;
    if (branch.properties) merged.properties = { ...branch.properties, ...merged.properties };
    if (branch.required) merged.required = [...new Set([...(merged.required ?? []), ...branch.required])];
    if (branch.enum && !merged.enum) merged.enum = branch.enum;
    if (branch.items && !merged.items) merged.items = branch.items;
    if (branch.additionalProperties === false) merged.additionalProperties = false;
    for (const key of ['format', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems']) {
      if (branch[key] !== undefined && merged[key] === undefined) merged[key] = branch[key];
    }
  }
  return merged;
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (values) return [...new Set(values.map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value)))];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/** Whether a set of types admits `type` (an empty set admits anything; number admits integer). */
function admits(types: string[], type: string): boolean {
  return types.length === 0 || types.includes(type) || (type === 'integer' && types.includes('number'));
}

function typeList(types: string[]): string {
  return types.length === 0 ? 'any type' : types.join(' or ');
}

function enumOf(schema: JsonSchema): unknown[] | undefined {
  return schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const EXACT_CONSTRAINTS = ['pattern', 'format'] as const;

class SchemaComparison {
  private readonly seen = new WeakMap<object, WeakSet<object>>();

  constructor(
    private readonly site: SchemaSite,
    private readonly out: SpecChange[],
  ) {}

  private report(kind: ChangeKind, pointer: string, message: string, requestFieldRemovedBreaks = false): void {
    const location = `${this.site.location}${pointer ? ` ${pointer}` : ''}`;
    this.out.push({ kind, severity: severityOf(kind, this.site.side, requestFieldRemovedBreaks), operation: this.site.operation, location, message });
  }

  compare(rawBase: JsonSchema, rawHead: JsonSchema, pointer: string): void {
    // Dereferenced recursive schemas are cyclic object graphs: compare each pair once.
    const pairs = this.seen.get(rawBase) ?? new WeakSet<object>();
    if (pairs.has(rawHead)) return;
    pairs.add(rawHead);
    this.seen.set(rawBase, pairs);

    const base = flattenAllOf(rawBase);
    const head = flattenAllOf(rawHead);
    this.compareTypes(base, head, pointer);
    this.compareEnums(base, head, pointer);
    this.compareConstraints(base, head, pointer);
    this.compareProperties(base, head, pointer);
    if (base.items && head.items && typeof base.items === 'object' && typeof head.items === 'object') this.compare(base.items, head.items, `${pointer}/*`);
    this.compareAlternatives(base, head, pointer);
  }

  private compareTypes(base: JsonSchema, head: JsonSchema, pointer: string): void {
    const before = typesOf(base);
    const after = typesOf(head);
    const lost = before.length === 0 ? after.length > 0 : before.some((type) => !admits(after, type));
    const gained = after.length === 0 ? before.length > 0 : after.some((type) => !admits(before, type));
    if (!lost && !gained) return;
    const kind: ChangeKind = lost && gained ? 'type-changed' : lost ? 'type-narrowed' : 'type-widened';
    this.report(kind, pointer, `type ${kind.slice(5)} from ${typeList(before)} to ${typeList(after)}`);
  }

  private compareEnums(base: JsonSchema, head: JsonSchema, pointer: string): void {
    const before = enumOf(base);
    const after = enumOf(head);
    if (!before && !after) return;
    if (!before) return this.report('enum-narrowed', pointer, `values restricted to ${after!.map((v) => JSON.stringify(v)).join(', ')}`);
    if (!after) return this.report('enum-widened', pointer, `values no longer restricted (were ${before.map((v) => JSON.stringify(v)).join(', ')})`);
    const beforeKeys = new Set(before.map((v) => JSON.stringify(v)));
    const afterKeys = new Set(after.map((v) => JSON.stringify(v)));
    const removed = [...beforeKeys].filter((key) => !afterKeys.has(key));
    const added = [...afterKeys].filter((key) => !beforeKeys.has(key));
    if (!removed.length && !added.length) return;
    const parts = [removed.length ? `removed ${removed.join(', ')}` : '', added.length ? `added ${added.join(', ')}` : ''].filter(Boolean).join('; ');
    const kind: ChangeKind = removed.length && added.length ? 'enum-changed' : removed.length ? 'enum-narrowed' : 'enum-widened';
    this.report(kind, pointer, `enum values ${parts}`);
  }

  private compareConstraints(base: JsonSchema, head: JsonSchema, pointer: string): void {
    const number = (schema: JsonSchema, key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
    for (const key of LOWER_BOUNDS) {
      const before = number(base, key);
      const after = number(head, key);
      if (before === after) continue;
      const narrowed = after !== undefined && (before === undefined || after > before);
      this.report(narrowed ? 'constraint-narrowed' : 'constraint-widened', pointer, `${key} ${before ?? 'none'} -> ${after ?? 'none'}`);
    }
    for (const key of UPPER_BOUNDS) {
      const before = number(base, key);
      const after = number(head, key);
      if (before === after) continue;
      const narrowed = after !== undefined && (before === undefined || after < before);
      this.report(narrowed ? 'constraint-narrowed' : 'constraint-widened', pointer, `${key} ${before ?? 'none'} -> ${after ?? 'none'}`);
    }
    for (const key of EXACT_CONSTRAINTS) {
      const before = base[key];
      const after = head[key];
      if (before === after) continue;
      this.report(after === undefined ? 'constraint-widened' : 'constraint-narrowed', pointer, `${key} ${JSON.stringify(before ?? 'none')} -> ${JSON.stringify(after ?? 'none')}`);
    }
    if (base.additionalProperties !== false && head.additionalProperties === false && (base.properties || head.properties)) {
      this.report('constraint-narrowed', pointer, 'additional properties no longer allowed');
    } else if (base.additionalProperties === false && head.additionalProperties !== false && (base.properties || head.properties)) {
      this.report('constraint-widened', pointer, 'additional properties now allowed');
    }
  }

  private compareProperties(base: JsonSchema, head: JsonSchema, pointer: string): void {
    if (!base.properties && !head.properties) return;
    const before = base.properties ?? {};
    const after = head.properties ?? {};
    const requiredBefore = new Set(base.required ?? []);
    const requiredAfter = new Set(head.required ?? []);
    const side = this.site.side;
    for (const [name, schema] of Object.entries(before)) {
      const at = `${pointer}/${escapeSegment(name)}`;
      const next = after[name];
      if (!next) {
        this.report('field-removed', at, `${side} field removed`, head.additionalProperties === false);
        continue;
      }
      if (!requiredBefore.has(name) && requiredAfter.has(name)) this.report('field-required', at, `${side} field is now required`);
      if (requiredBefore.has(name) && !requiredAfter.has(name)) this.report('field-optional', at, `${side} field is no longer required`);
      if (typeof schema === 'object' && typeof next === 'object') this.compare(schema, next, at);
    }
    for (const name of Object.keys(after)) {
      if (name in before) continue;
      const at = `${pointer}/${escapeSegment(name)}`;
      if (requiredAfter.has(name)) this.report(side === 'request' ? 'field-required' : 'field-added', at, `new ${side} field${side === 'request' ? ' is required' : ''}`);
      else this.report('field-added', at, `new optional ${side} field`);
    }
  }

  private compareAlternatives(base: JsonSchema, head: JsonSchema, pointer: string): void {
    for (const key of ['anyOf', 'oneOf'] as const) {
      const before = base[key];
      const after = head[key];
      if (!before && !after) continue;
      if (!before || !after) {
        this.report('schema-changed', pointer, `${key} ${before ? 'removed' : 'added'}`);
        continue;
      }
      if (before.length === after.length) {
        before.forEach((branch, index) => this.compare(branch, after[index]!, pointer));
        continue;
      }
      const kind: ChangeKind = after.length > before.length ? 'type-widened' : 'type-narrowed';
      this.report(kind, pointer, `${key} alternatives ${before.length} -> ${after.length}`);
    }
  }
}

/** Appends to `out` every difference between two schemas found at `site`. */
export function compareSchemas(base: JsonSchema, head: JsonSchema, site: SchemaSite, out: SpecChange[]): void {
  new SchemaComparison(site, out).compare(base, head, '');
}
