import type { ValidateFunction } from 'ajv';
import { describeAjvErrors, type DescribeOptions } from './describe-error.js';
import { createValidator, type JsonSchema, type ValidatorFor } from '@group-apis/spec';
import { joinSchemaPath } from './spec-pointer.js';
import type { Violation, ViolationKind } from './violation.js';

/** The two compiled-validator caches every check of one spec shares. */
export interface Validators {
  /** Bodies: values are validated as they are. */
  body: ValidatorFor;
  /** Parameters and headers: text is coerced to the schema's types first. */
  text: ValidatorFor;
}

export function createValidators(): Validators {
  return { body: createValidator(), text: createValidator({ coerceTypes: 'array' }) };
}

/** A JSON body validated against the body schema of its media type; one violation if it is not JSON at all. */
/** A pointer worked out only when a violation needs it: most checks find none, and building pointers is not free. */
export type LazyPointer = () => string | undefined;

export function jsonBodyViolations(validators: Validators, schema: JsonSchema, mediaType: string, body: Buffer | string, kind: ViolationKind, location: string, schemaPointer?: LazyPointer): Violation[] {
  let value: unknown;
  try {
    value = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch {
    const at = schemaPointer?.();
    return [{ kind, location, pointer: '', message: `expected ${mediaType}, got a body that is not JSON`, ...(at !== undefined ? { schemaPath: at } : {}) }];
  }
  return schemaViolations(validators.body, schema, value, kind, location, { schemaPointer });
}

/** Validates `value` and turns every error into a violation at `location` (no part of a `secret` value shown). */
export function schemaViolations(validator: ValidatorFor, schema: JsonSchema, value: unknown, kind: ViolationKind, location: string, options: DescribeOptions & { schemaPointer?: LazyPointer } = {}): Violation[] {
  const validate: ValidateFunction = validator(schema);
  // Only a coercing validator rewrites values in place; copying every body would cost far more than validating it.
  const input = validator.mutates && value !== null && typeof value === 'object' ? structuredClone(value) : value;
  if (validate(input)) return [];
  const base = options.schemaPointer?.();
  return describeAjvErrors(validate.errors, options).map(({ schemaPath, ...finding }) => ({
    kind,
    location,
    ...finding,
    ...(base !== undefined && schemaPath !== undefined ? { schemaPath: joinSchemaPath(base, schemaPath) } : {}),
  }));
}
