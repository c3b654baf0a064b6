import { describe, expect, expectTypeOf, it } from 'vitest';
import * as contract from '../src/index.js';
import type { ContractReport, LiveOptions, ReportFormat, SpecChange, Violation } from '../src/index.js';

describe('the package entry point', () => {
  it('exports the spec-loading and validation core the conformance harness shares', () => {
    expect(Object.keys(contract)).toEqual(
      expect.arrayContaining(['loadSpec', 'createValidator', 'listOperations', 'isJsonMediaType', 'findRepoRoot', 'specPathOf', 'loadContract', 'verifyLive', 'verifyHar', 'verifyNdjson', 'startProxy', 'startProxyServer', 'diffSpecs', 'diffRepository', 'RULES', 'parseAcceptedChanges', 'runCli']),
    );
  });

  it('types what callers rely on', () => {
    expectTypeOf(contract.loadSpec).returns.resolves.toEqualTypeOf<contract.OpenApiDocument>();
    expectTypeOf(contract.createValidator).parameter(0).toEqualTypeOf<contract.ValidatorOptions | undefined>();
    expectTypeOf<Violation['kind']>().toEqualTypeOf<'operation' | 'security' | 'parameter' | 'request-body' | 'status' | 'header' | 'content-type' | 'body'>();
    expectTypeOf<ContractReport['mode']>().toEqualTypeOf<'live' | 'har' | 'ndjson' | 'proxy'>();
    expectTypeOf<SpecChange['level']>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<SpecChange['rule']>().toEqualTypeOf<contract.RuleId>();
    expectTypeOf<'request-type-narrowed'>().toExtend<contract.RuleId>();
    // @ts-expect-error a rule id names its side
    expectTypeOf<'type-narrowed'>().toExtend<contract.RuleId>();
    expectTypeOf<ReportFormat>().toEqualTypeOf<'text' | 'json' | 'junit'>();
    expectTypeOf(contract.runCli).returns.resolves.toEqualTypeOf<number>();

    // @ts-expect-error a live check needs the upstream's base URL
    const missingBase: LiveOptions = { allowWrites: true };
    // @ts-expect-error the validator only knows JSON Schema coercion modes
    contract.createValidator({ coerceTypes: 'always' });
    // @ts-expect-error reports come in three formats
    const xml: ReportFormat = 'xml';
    expect([missingBase, xml]).toHaveLength(2);
  });
});
