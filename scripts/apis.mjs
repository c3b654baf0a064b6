// The list of APIs lives in redocly.yaml (`apis`); every script reads it from here.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readApis() {
  const config = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8'));
  return Object.entries(config.apis ?? {}).map(([name, entry]) => ({
    name,
    spec: join(repoRoot, entry.root),
    output: entry['x-openapi-ts']?.output ? join(repoRoot, entry['x-openapi-ts'].output) : undefined,
  }));
}

/** The APIs named on the command line, or the one whose package is the current directory, or all with --all. */
export function selectApis(argv) {
  const apis = readApis();
  const names = argv.filter((arg) => !arg.startsWith('--'));
  if (argv.includes('--all')) return apis;
  const wanted = names.length > 0 ? names : [basename(process.cwd())];
  return wanted.map((name) => {
    const api = apis.find((candidate) => candidate.name === name);
    if (!api) {
      const known = apis.map((candidate) => candidate.name).join(', ');
      throw new Error(`Unknown API "${name}": redocly.yaml lists ${known}.`);
    }
    return api;
  });
}
