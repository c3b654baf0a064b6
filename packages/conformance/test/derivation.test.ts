import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, listOperations, loadSpec, type Operation } from '@group-apis/spec';
import { collectExampleChecks, collectExchanges, deriveNegativeCases, invalidValues } from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

describe('deriving replays and negative cases from a spec', () => {
  let getWidget: Operation;
  let createWidget: Operation;
  beforeAll(async () => {
    const operations = listOperations(await loadSpec(fixture));
    getWidget = operations.find((operation) => operation.id === 'getWidget')!;
    createWidget = operations.find((operation) => operation.id === 'createWidget')!;
  });

  it('merges path-level parameters and reads security per operation', () => {
    expect(getWidget.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:size', 'query:colour']);
    expect(getWidget.requiresCredentials).toBe(true);
    expect(createWidget.requiresCredentials).toBe(false);
  });

  it('pairs request and response examples by name, and keeps request-only examples', () => {
    const exchanges = collectExchanges(getWidget).map(({ name, request, expected }) => ({ name, request, expected }));
    expect(exchanges).toEqual([
      { name: 'small', request: { params: { path: { id: 'w-1' }, query: { size: 2 }, header: {} } }, expected: { kind: 'sample', status: 200, mediaType: 'application/json', body: { id: 'w-1' } } },
      {
        name: 'onlyRequest',
        request: { params: { path: { id: 'w-1' }, query: { size: 3 }, header: {} } },
        expected: { kind: 'schema', status: 200, mediaType: 'application/json', schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
      },
    ]);
  });

  it('derives invalid values from each constraint', () => {
    expect(invalidValues({ type: 'integer', minimum: 1, maximum: 10 }).map((v) => v.value)).toEqual([0, 11, 'not-a-number']);
    expect(invalidValues({ type: 'string', enum: ['red'] }).map((v) => v.value)).toEqual(['__not-in-enum__']);
    expect(invalidValues({ type: 'array', items: { type: 'string', format: 'uuid' } }).map((v) => v.value)).toEqual([['not-a-uuid']]);
    expect(invalidValues({ type: 'string' })).toEqual([]);
    expect(invalidValues({ type: 'string', pattern: '^\\+\\d+$', minLength: 2, maxLength: 3 }).map((v) => v.reason)).toEqual([
      'shorter than minLength 2',
      'longer than maxLength 3',
      'does not match pattern ^\\+\\d+$',
    ]);
    expect(invalidValues({ type: 'array', minItems: 1, items: { type: 'string' } }).map((v) => v.value)).toEqual([[]]);
  });

  it('derives parameter, body and credential cases', () => {
    expect(deriveNegativeCases(getWidget).map((c) => c.title)).toEqual([
      'query parameter size=0 (below minimum 1) is refused',
      'query parameter size=11 (above maximum 10) is refused',
      'query parameter size="not-a-number" (not a integer) is refused',
      'query parameter colour="__not-in-enum__" (not in enum) is refused',
      'a request without credentials gets 401',
    ]);
    const body = deriveNegativeCases(createWidget);
    expect(body.map((c) => [c.title, c.request.body])).toEqual([
      ['body without required field name is refused', { kind: 'a' }],
      ['body without required field kind is refused', { name: 'w' }],
      ['body field kind="__not-in-enum__" (not in enum) is refused', { name: 'w', kind: '__not-in-enum__' }],
    ]);
  });

  it('collects every example with its schema, and the validator refuses a wrong one', () => {
    const checks = collectExampleChecks(getWidget);
    expect(checks.map((c) => c.where)).toEqual(['query parameter size example "small"', 'query parameter size example "onlyRequest"', '200 application/json example "small"']);
    const validate = createValidator();
    const response = checks[2]!;
    expect(validate(response.schema)(response.value)).toBe(true);
    expect(validate(response.schema)({ id: 7 })).toBe(false);
  });
});
