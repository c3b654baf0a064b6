import type { ErrorObject } from 'ajv';
import { pointerIsSecret, REDACTED } from './redact.js';

export interface Finding {
  pointer: string;
  message: string;
  /** Ajv's schemaPath: where in the validated schema the broken keyword is ("#/properties/total/type"). */
  schemaPath?: string;
}

function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A short rendering of a value for a report, redacted where the pointer names a credential or the whole value is one. */
export function showValue(value: unknown, pointer: string, secret = false): string {
  if (secret || pointerIsSecret(pointer)) return REDACTED;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function got(value: unknown, pointer: string, secret: boolean): string {
  const type = typeName(value);
  return type === 'object' || type === 'array' ? `got ${type}` : `got ${type} ${showValue(value, pointer, secret)}`;
}

function list(values: unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

export interface DescribeOptions {
  /** The validated value is a credential (a parameter named like one): never show any part of it. */
  secret?: boolean;
}

/** Turns one Ajv error into a JSON pointer and a sentence saying what the spec expected and what came. */
export function describeAjvError(error: ErrorObject, options: DescribeOptions = {}): Finding {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  const secret = options.secret ?? false;
  switch (error.keyword) {
    case 'type': {
      const types = Array.isArray(params.type) ? (params.type as string[]) : String(params.type).split(',');
      return { pointer, message: `expected ${types.join(' or ')}, ${got(data, pointer, secret)}` };
    }
    case 'required':
      return { pointer: `${pointer}/${escapePointerSegment(String(params.missingProperty))}`, message: 'required property is missing' };
    case 'dependentRequired':
      return { pointer: `${pointer}/${escapePointerSegment(String(params.missingProperty))}`, message: `required property is missing (because ${String(params.property)} is present)` };
    case 'enum':
      return { pointer, message: `expected one of ${list(params.allowedValues as unknown[])}, ${got(data, pointer, secret)}` };
    case 'const':
      return { pointer, message: `expected ${JSON.stringify(params.allowedValue)}, ${got(data, pointer, secret)}` };
    case 'format':
      return { pointer, message: `expected format ${String(params.format)}, ${got(data, pointer, secret)}` };
    case 'pattern':
      return { pointer, message: `expected to match ${String(params.pattern)}, ${got(data, pointer, secret)}` };
    case 'additionalProperties':
      return { pointer: `${pointer}/${escapePointerSegment(String(params.additionalProperty))}`, message: 'property is not in the spec (additionalProperties: false)' };
    case 'unevaluatedProperties':
      return { pointer: `${pointer}/${escapePointerSegment(String(params.unevaluatedProperty))}`, message: 'property is not in the spec (unevaluatedProperties: false)' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer, message: `expected ${String(params.comparison)} ${String(params.limit)}, ${got(data, pointer, secret)}` };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties': {
      const size = typeof data === 'string' ? data.length : Array.isArray(data) ? data.length : data && typeof data === 'object' ? Object.keys(data).length : undefined;
      return { pointer, message: `expected ${error.keyword} ${String(params.limit)}, got ${size ?? 'none'}` };
    }
    case 'anyOf':
      return { pointer, message: 'expected to match at least one of the alternatives (anyOf)' };
    case 'oneOf':
      return { pointer, message: 'expected to match exactly one of the alternatives (oneOf)' };
    default:
      return { pointer, message: `expected: ${error.message ?? error.keyword}` };
  }
}

/** Every Ajv error as a finding, duplicates (from allOf/anyOf branches) removed. */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined, options: DescribeOptions = {}): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors ?? []) {
    const finding = { ...describeAjvError(error, options), schemaPath: error.schemaPath };
    const key = `${finding.pointer}\n${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}
