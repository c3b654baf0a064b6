import { describe, expect, it } from 'vitest';
import { createValidators, schemaViolations } from '../src/check-context.js';
import type { JsonSchema } from '@group-apis/spec';

/** `value` behind proxies that record every write, at any depth, instead of making it. */
function watchWrites(value: unknown, writes: string[], path = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value, {
    get: (target, key, receiver) => watchWrites(Reflect.get(target, key, receiver), writes, `${path}/${String(key)}`),
    set: (_target, key) => (writes.push(`set ${path}/${String(key)}`), true),
    defineProperty: (_target, key) => (writes.push(`define ${path}/${String(key)}`), true),
    deleteProperty: (_target, key) => (writes.push(`delete ${path}/${String(key)}`), true),
  });
}

// A schema that a coercing, defaulting or additional-removing validator would each rewrite a value of.
const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    count: { type: 'integer' },
    tags: { type: 'array', items: { type: 'boolean' } },
    status: { type: 'string', default: 'active' },
  },
};

describe('validating without copying', () => {
  it('validates bodies in place and never writes into them', () => {
    const validators = createValidators();
    expect(validators.body.mutates).toBe(false);
    const writes: string[] = [];
    const body = watchWrites({ count: '2', tags: ['true'], extra: 1 }, writes);
    expect(schemaViolations(validators.body, schema, body, 'body', 'response body')).toEqual([
      { kind: 'body', location: 'response body', pointer: '/extra', message: 'property is not in the spec (additionalProperties: false)' },
      { kind: 'body', location: 'response body', pointer: '/count', message: 'expected integer, got string "2"' },
      { kind: 'body', location: 'response body', pointer: '/tags/0', message: 'expected boolean, got string "true"' },
    ]);
    expect(writes).toEqual([]);
  });

  it('gives the coercing validator (parameters, headers) a copy, so the caller keeps its text', () => {
    const validators = createValidators();
    expect(validators.text.mutates).toBe(true);
    const value = { count: '2', tags: ['true'] };
    expect(schemaViolations(validators.text, schema, value, 'parameter', 'request query parameter filter')).toEqual([]);
    expect(value).toEqual({ count: '2', tags: ['true'] });
  });
});
