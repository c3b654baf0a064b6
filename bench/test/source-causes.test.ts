import { describe, expect, it } from 'vitest';
import { contractCauses, coreCauses, staleCauses } from '../src/report/source-causes.mjs';

describe("the report's known per-request costs", () => {
  it('each still matches the code it names, so a fixed cost cannot stay in the report', () => {
    expect(staleCauses(), 'the code of these causes is gone: remove them from src/report/source-causes.mjs, or fix the pattern').toEqual([]);
    expect(coreCauses().length).toBeGreaterThan(0);
    expect(contractCauses().length).toBeGreaterThan(0);
  });
});
