#!/usr/bin/env node
// Sums the "Tests ..." summary lines of every vitest run in a log into one "N passed, N failed" line.
import { readFileSync } from 'node:fs';

const [logFile, exitStatus = '0'] = process.argv.slice(2);
// eslint-disable-next-line no-control-regex
const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const summary = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^.*?:\s+(?=Tests)/, ''));
  if (!summary) continue;
  passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
}
// A failing command with no failing test (a crash, a type error) still counts as one failure.
if (exitStatus !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
