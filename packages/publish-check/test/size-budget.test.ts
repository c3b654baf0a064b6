import { describe, expect, it } from 'vitest';
import { bundleSizeOf } from '../src/bundle-size.js';
import { readSizeBudgets } from '../src/size-budgets.js';
import { apiNames, clientPackageName } from '@group-apis/spec';

const budgets = readSizeBudgets();
const clients = apiNames().map(clientPackageName);

describe('size budget: each client with core and openapi-fetch, minified and gzipped', () => {
  it('has a budget for every client and none for a package that is not one', () => {
    expect([...budgets.keys()].sort()).toEqual([...clients].sort());
  });

  it.each(clients)('%s stays within its budget, and its entry imports no node: module (its fake is a subpath of its own)', async (name) => {
    const { minifiedBytes, gzippedBytes, nodeImports } = await bundleSizeOf(name);
    expect(nodeImports, `${name}'s entry reaches node-only code (the fake server?)`).toEqual([]);
    const budget = budgets.get(name)!;
    console.log(`${name}: ${gzippedBytes} B gzipped (${minifiedBytes} B minified), budget ${budget} B`);
    expect(gzippedBytes, `${name} is ${gzippedBytes - budget} B over budget: shrink it, or raise size-budgets.json with a reason`).toBeLessThanOrEqual(budget);
  });
});
