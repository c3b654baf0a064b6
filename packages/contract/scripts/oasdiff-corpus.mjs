#!/usr/bin/env node
// Measures `diff` against the spec pairs of oasdiff's breaking-change checker tests (github:oasdiff/oasdiff,
// Apache-2.0), read from a checkout given as an argument; nothing of oasdiff is copied here. Usage:
//
//   node scripts/oasdiff-corpus.mjs <oasdiff checkout> [--dist <built contract dist>] [--list] [--json]
//
// From each Go test in checker/*_test.go it takes the two spec files the test opens and diffs, when the test
// does not edit them in code, and what the test expects: the rule ids it names (each rule's level comes from
// checker/rules.go), or no change at all (require.Empty / require.Len(errs, 0)). Pairs are counted once; a pair
// is "breaking" when any test of it expects an ERR rule, "warning" when the worst is WARN, and "quiet" when
// every test of it expects nothing or INFO. Then every pair goes through diffSpecs: a breaking pair is detected
// when it reports at least one error; a quiet pair stays quiet when it reports none.
// Without the checkout it prints why and exits 0, so CI without the corpus skips it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, list: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const checkout = positionals[0];
if (!checkout || !existsSync(join(checkout, 'checker', 'rules.go'))) {
  console.log(`skipped: no oasdiff checkout${checkout ? ` at ${checkout}` : ''} (expected <dir>/checker/rules.go)`);
  process.exit(0);
}
const dist = resolve(values.dist ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const { loadSpec, diffSpecs } = await import(pathToFileURL(join(dist, 'index.js')).href);

const RANK = { none: 0, INFO: 1, WARN: 2, ERR: 3 };
const levels = new Map();
for (const match of readFileSync(join(checkout, 'checker', 'rules.go'), 'utf8').matchAll(/newBackwardCompatibilityRule\((\w+Id),\s*(ERR|WARN|INFO)\b/g)) {
  levels.set(match[1], match[2]);
}

const HELPERS = { deprecationFile: 'deprecation', paramDeprecationFile: 'param-deprecation', requiredPropertyFile: 'required-properties', stabilityFile: 'stability' };

function fileOf(expression) {
  let match = /^"([^"]+)"/.exec(expression);
  if (match) return match[1];
  match = /^(\w+)\("([^"]+)"\)/.exec(expression);
  if (match && HELPERS[match[1]]) return `../data/${HELPERS[match[1]]}/${match[2]}`;
  return undefined;
}

/** @type {Map<string, {base: string, revision: string, level: keyof RANK, tests: string[], ids: Set<string>}>} */
const pairs = new Map();
let testsSeen = 0;
let editedInCode = 0;
for (const file of readdirSync(join(checkout, 'checker')).filter((name) => name.endsWith('_test.go')).sort()) {
  const text = readFileSync(join(checkout, 'checker', file), 'utf8');
  for (const block of text.split(/\nfunc (?=Test\w+\(t \*testing\.T\))/).slice(1)) {
    const name = /^(Test\w+)/.exec(block)[1];
    const body = block.split(/\n}\n/)[0];
    const opened = new Map();
    for (const match of body.matchAll(/(\w+), err :?= open\(([^\n]*)\)\n/g)) {
      const path = fileOf(match[2]);
      if (path) opened.set(match[1], path);
    }
    for (const match of body.matchAll(/(\w+) := l\(t, (\d+)\)/g)) opened.set(match[1], `../data/openapi-test${match[2]}.yaml`);
    const call = /diff\.GetWithOperationsSourcesMap\([^,\n]+, (\w+), (\w+)\)/.exec(body);
    if (!call || !opened.has(call[1]) || !opened.has(call[2])) continue;
    testsSeen += 1;
    const before = body.slice(0, call.index);
    const after = body.slice(call.index);
    if (new RegExp(`\\b(${call[1]}|${call[2]})\\.Spec\\b`).test(before) || /\bloader\b/.test(before)) {
      editedInCode += 1;
      continue;
    }
    const ids = new Set();
    for (const line of after.split('\n')) {
      if (/NotContains|NotEqual|require\.False|Nil\(t, find/.test(line)) continue;
      for (const match of line.matchAll(/checker\.(\w+Id)\b/g)) if (levels.has(match[1])) ids.add(match[1]);
    }
    const empty = /require\.Empty\(t, errs\)|require\.Len\(t, errs, 0\)/.test(after);
    if (ids.size === 0 && !empty) continue;
    let level = 'none';
    for (const id of ids) if (RANK[levels.get(id)] > RANK[level]) level = levels.get(id);
    const base = resolve(checkout, 'checker', opened.get(call[1]));
    const revision = resolve(checkout, 'checker', opened.get(call[2]));
    if (base === revision) continue;
    const key = `${base}\n${revision}`;
    const pair = pairs.get(key) ?? { base, revision, level: 'none', tests: [], ids: new Set() };
    if (RANK[level] > RANK[pair.level]) pair.level = level;
    pair.tests.push(name);
    for (const id of ids) pair.ids.add(id);
    pairs.set(key, pair);
  }
}

const levelOf = (change) => change.level ?? (change.severity === 'breaking' ? 'error' : 'info');
const usesMetadata = (path) => /x-sunset|x-stability-level|deprecated:/.test(readFileSync(path, 'utf8'));
const rows = [];
for (const pair of pairs.values()) {
  const row = { base: pair.base.slice(resolve(checkout).length + 1), revision: pair.revision.slice(resolve(checkout).length + 1), expected: pair.level, ids: [...pair.ids], metadata: usesMetadata(pair.base) || usesMetadata(pair.revision) };
  try {
    const changes = diffSpecs(await loadSpec(pair.base), await loadSpec(pair.revision));
    row.errors = changes.filter((change) => levelOf(change) === 'error').length;
    row.warnings = changes.filter((change) => levelOf(change) === 'warning').length;
    row.found = changes.filter((change) => levelOf(change) !== 'info').map((change) => `${levelOf(change)} ${change.rule ?? change.kind} ${change.location}`);
  } catch (error) {
    row.crash = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  rows.push(row);
}

const count = (filter) => rows.filter(filter).length;
const breaking = rows.filter((row) => row.expected === 'ERR');
const warning = rows.filter((row) => row.expected === 'WARN');
const quiet = rows.filter((row) => row.expected === 'INFO' || row.expected === 'none');
const summary = {
  testsWithFilePairs: testsSeen,
  testsEditingSpecsInCode: editedInCode,
  pairs: rows.length,
  crashes: count((row) => row.crash),
  breaking: { pairs: breaking.length, detected: breaking.filter((row) => row.errors > 0).length },
  breakingWithoutLifecycleMetadata: { pairs: breaking.filter((row) => !row.metadata).length, detected: breaking.filter((row) => !row.metadata && row.errors > 0).length },
  warning: { pairs: warning.length, flagged: warning.filter((row) => row.errors + row.warnings > 0).length, asErrors: warning.filter((row) => row.errors > 0).length },
  quiet: { pairs: quiet.length, quiet: quiet.filter((row) => !row.crash && row.errors === 0).length, quietIncludingWarnings: quiet.filter((row) => !row.crash && row.errors + row.warnings === 0).length },
};
if (values.json) {
  console.log(JSON.stringify({ summary, rows }, null, 2));
} else {
  if (values.list) {
    for (const row of rows) {
      const ok = row.crash ? 'CRASH' : row.expected === 'ERR' ? (row.errors > 0 ? 'hit  ' : 'MISS ') : row.expected === 'WARN' ? (row.errors + row.warnings > 0 ? 'hit  ' : 'MISS ') : row.errors > 0 ? 'ALARM' : 'quiet';
      console.log(`${ok} ${row.expected.padEnd(4)} ${row.base} -> ${row.revision.split('/').pop()} [${row.ids.join(', ')}]${row.crash ? ` ${row.crash}` : ''}`);
      if (ok === 'ALARM' || (ok === 'hit  ' && row.expected !== 'ERR')) for (const found of row.found) console.log(`        ${found}`);
    }
  }
  console.log(
    `oasdiff checker corpus: ${rows.length} spec pairs from ${testsSeen} tests (${editedInCode} tests that edit the specs in code left out); ${summary.crashes} crashes\n` +
      `breaking (ERR) pairs detected: ${summary.breaking.detected} of ${summary.breaking.pairs} (without sunset/stability/deprecation metadata: ${summary.breakingWithoutLifecycleMetadata.detected} of ${summary.breakingWithoutLifecycleMetadata.pairs})\n` +
      `warning (WARN) pairs flagged: ${summary.warning.flagged} of ${summary.warning.pairs} (${summary.warning.asErrors} as errors)\n` +
      `non-breaking pairs kept free of errors: ${summary.quiet.quiet} of ${summary.quiet.pairs} (free of warnings too: ${summary.quiet.quietIncludingWarnings})`,
  );
}
