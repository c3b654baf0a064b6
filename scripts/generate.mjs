#!/usr/bin/env node
// Generates packages/<api>/src/generated/schema.ts from specs/<api>/openapi.yaml with openapi-typescript.
// With --check it writes nothing and fails when a committed file differs from what the spec generates.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import openapiTS, { astToString, STRING, tsLiteral, tsUnion } from 'openapi-typescript';
import { findRepoRoot, selectApis } from '@group-apis/spec';

// The repository this script belongs to (a copy of it in the scripts' own tests).
const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

// An open enum in a response: `type: string` with `anyOf: [{ enum: [known values] }, { type: string }]`.
// It validates any string. openapi-typescript alone prints `("a" | "b") | string`; this prints
// `"a" | "b" | string`, the known values first, so the type reads as the list of values the vendor
// documents while accepting any other. Not `"a" | "b" | (string & {})`, which would keep the literals as
// completions: openapi-fetch 0.17's `Readable<T>` maps `string & {}` as an object (`{}` extends `object`),
// so `data` of a call would no longer be assignable to the exported schema types (types.test.ts checks both
// directions).
function openEnum(schema) {
  if (schema.type !== 'string' || !Array.isArray(schema.anyOf) || schema.anyOf.length !== 2) return undefined;
  const known = schema.anyOf.find((variant) => Array.isArray(variant.enum));
  const open = schema.anyOf.find((variant) => variant !== known && variant.type === 'string' && Object.keys(variant).length === 1);
  if (!known || !open || !known.enum.every((value) => typeof value === 'string')) return undefined;
  return tsUnion([...known.enum.map(tsLiteral), STRING]);
}

async function render(api) {
  const ast = await openapiTS(pathToFileURL(api.spec), { alphabetize: false, immutable: false, transform: openEnum });
  const source = relative(repoRoot, api.spec);
  const header = [
    '/**',
    ` * Generated from ${source} by scripts/generate.mjs (openapi-typescript). Do not edit by hand:`,
    ' * change the spec and run `npm run generate`.',
    ' */',
    '',
  ].join('\n');
  return header + astToString(ast);
}

function committedVersion(file) {
  try {
    return execFileSync('git', ['show', `:${relative(repoRoot, file)}`], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const args = process.argv.slice(2);
const check = args.includes('--check');
let failed = false;
try {
  for (const api of selectApis(args, repoRoot)) {
    if (!api.output) throw new Error(`redocly.yaml: apis.${api.name} has no x-openapi-ts.output`);
    const generated = await render(api);
    const target = relative(repoRoot, api.output);
    if (!check) {
      mkdirSync(dirname(api.output), { recursive: true });
      writeFileSync(api.output, generated);
      console.log(`generated ${target}`);
      continue;
    }
    const onDisk = existsSync(api.output) ? readFileSync(api.output, 'utf8') : undefined;
    // In CI the build has just regenerated the file, so the committed (indexed) copy is what must match.
    const expected = process.env.CI ? committedVersion(api.output) : onDisk;
    if (expected !== generated) {
      failed = true;
      const where = process.env.CI ? 'the committed' : 'the';
      console.error(`${target}: ${where} file differs from what ${relative(repoRoot, api.spec)} generates. Run \`npm run generate\` and commit the result.`);
    } else {
      console.log(`${target}: up to date`);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
process.exit(failed ? 1 : 0);
