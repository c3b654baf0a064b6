#!/usr/bin/env node
// Bundles every spec redocly.yaml lists into dist/specs/<api>.json, so the published CLI knows each API
// by name in a repo that has no specs of its own (`group-apis-contract verify --api kore-ai ...`).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import { findRedoclyRoot, readApis } from '@group-apis/spec';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = findRedoclyRoot(packageDir);
if (!root) {
  console.error('bundle-specs: no redocly.yaml above packages/contract');
  process.exit(1);
}
const outDir = join(packageDir, 'dist', 'specs');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const config = await createConfig({});
let failed = false;
for (const api of readApis(root)) {
  try {
    const result = await bundle({ ref: api.spec, config });
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(errors[0].message);
    writeFileSync(join(outDir, `${api.name}.json`), `${JSON.stringify(result.bundle.parsed, null, 2)}\n`);
    console.log(`bundled ${relative(root, api.spec)} -> dist/specs/${api.name}.json`);
  } catch (error) {
    failed = true;
    console.error(`bundle-specs: ${relative(root, api.spec)}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}
process.exit(failed ? 1 : 0);
