import { readApis, readSizeBudget } from '@group-apis/spec';
import { describe, expect, it } from 'vitest';
import { bundleSizeOf } from '../src/bundle-size.js';

// Each client's budget lives with it: packages/<api>/size-budget.json.
const clients = readApis().map((api) => ({ name: api.packageName, budget: readSizeBudget(api) }));

describe('size budget: each client with core and openapi-fetch, minified and gzipped', () => {
  it.each(clients)('$name stays within its budget, and its entry imports no node: module (its fake is a subpath of its own)', async ({ name, budget }) => {
    const { minifiedBytes, gzippedBytes, nodeImports } = await bundleSizeOf(name);
    expect(nodeImports, `${name}'s entry reaches node-only code (the fake server?)`).toEqual([]);
    console.log(`${name}: ${gzippedBytes} B gzipped (${minifiedBytes} B minified), budget ${budget} B`);
    expect(gzippedBytes, `${name} is ${gzippedBytes - budget} B over budget: shrink it, or raise its size-budget.json with a reason`).toBeLessThanOrEqual(budget);
  });
});
