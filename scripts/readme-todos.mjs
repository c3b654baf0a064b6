// The TODOs new-api leaves in an API's READMEs (specs/<api>/README.md, packages/<api>/README.md): the docs site
// shows the first and npm the second, so lint refuses them as it refuses the spec's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TODO = /\bTODO\b/;

/** The READMEs of one API that exist, as paths relative to the repo root. */
export function readmesOf(repoRoot, apiName) {
  return [join('specs', apiName, 'README.md'), join('packages', apiName, 'README.md')].filter((path) => existsSync(join(repoRoot, path)));
}

/** Every line with a TODO, as `file:line: text`, in the order they appear. */
export function readmeTodos(repoRoot, apiName) {
  const found = [];
  for (const path of readmesOf(repoRoot, apiName)) {
    const lines = readFileSync(join(repoRoot, path), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (TODO.test(text)) found.push(`${path}:${index + 1}: ${text.trim()}`);
    });
  }
  return found;
}
