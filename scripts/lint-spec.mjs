#!/usr/bin/env node
// Lints one API's spec (the package in the current directory, or the names given, or --all) with the
// strict ruleset in redocly.yaml. Any problem, warning or error, fails; so does a TODO left in the API's READMEs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot, selectApis } from '@group-apis/spec';
import { readmeTodos } from './readme-todos.mjs';
import { withoutPolicyNoise } from './redocly-output.mjs';

// The repository this script belongs to (a copy of it in the scripts' own tests).
const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

const require = createRequire(import.meta.url);
const redoclyBin = join(require.resolve('@redocly/cli/package.json'), '..', 'bin', 'cli.js');

let apis;
try {
  apis = selectApis(process.argv.slice(2), repoRoot);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const result = spawnSync(
  process.execPath,
  [redoclyBin, 'lint', ...apis.map((api) => api.name), '--config', join(repoRoot, 'redocly.yaml'), '--max-problems', '1000'],
  {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
process.stdout.write(withoutPolicyNoise(result.stdout ?? ''));
process.stderr.write(withoutPolicyNoise(result.stderr ?? ''));
// Redocly exits 0 when it only warns; this project allows no warnings either.
const warned = /You have \d+ warnings?/.test(`${result.stdout}${result.stderr}`);
if (warned) console.error('Lint warnings are not allowed: fix them or make the rule explicit in redocly.yaml.');
const todos = apis.flatMap((api) => readmeTodos(repoRoot, api));
if (todos.length > 0) {
  console.error(`${todos.join('\n')}\nA TODO placeholder is left in a README: the docs site and npm would show it; write what it asks for (CONTRIBUTING.md).`);
}
process.exit(result.status === 0 && !warned && todos.length === 0 ? 0 : (result.status || 1));
