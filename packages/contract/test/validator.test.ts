import { afterEach, describe, expect, it, vi } from 'vitest';
import { createValidator } from '@group-apis/spec';

describe('createValidator', () => {
  afterEach(() => vi.restoreAllMocks());

  it('compiles each schema object once and reuses the validator', () => {
    const validatorFor = createValidator();
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } };
    expect(validatorFor(schema)).toBe(validatorFor(schema));
    expect(validatorFor(schema)({ id: 'd57c10f5-639d-5160-9c81-8a0c6c4ec856' })).toBe(true);
    expect(validatorFor(schema)({ id: 'nope' })).toBe(false);
  });

  it('coerces text to the schema types only when asked (parameters), arrays included', () => {
    const schema = { type: 'array', items: { type: ['integer', 'boolean'] } };
    expect(createValidator()(schema)(['1'])).toBe(false);
    expect(createValidator({ coerceTypes: 'array' })(schema)('1')).toBe(true);
  });

  it('ignores formats it does not know, as OpenAPI allows, without console noise', () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    expect(createValidator()({ type: 'string', format: 'vendor-id' })('x')).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
